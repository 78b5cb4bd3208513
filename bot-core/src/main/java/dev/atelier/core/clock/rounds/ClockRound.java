package dev.atelier.core.clock.rounds;

import dev.atelier.core.clock.checkin.CheckinOccasions;
import dev.atelier.core.clock.duework.DueEngine;
import dev.atelier.core.clock.reminder.PlanReminders;
import dev.atelier.core.clock.reminder.ReminderKind;
import dev.atelier.core.clock.stall.WatchStalls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One tick of the clock: handles what fell due, sweeps the active internships when the last sweep of
 * this instance is {@code sweepEvery} old, then handles what the sweep planned.
 */
public final class ClockRound {

    private final DueEngine engine;
    private final Sweep sweep;
    private final Clock clock;
    private final Duration sweepEvery;
    private Instant lastSweep;

    public ClockRound(
            DueEngine engine,
            SweepSources sources,
            PlanReminders reminders,
            WatchStalls stalls,
            Clock clock,
            Duration sweepEvery) {
        this.engine = engine;
        this.sweep = new Sweep(sources, reminders, stalls);
        this.clock = clock;
        this.sweepEvery = sweepEvery;
    }

    /** What one round did: prompts sent, prompts marked missed, reminders and stall notices sent, flags changed. */
    public record Report(int prompted, int missed, int reminders, int notices, int flagged, int cleared) {

        public boolean idle() {
            return prompted + missed + reminders + notices + flagged + cleared == 0;
        }
    }

    public synchronized Report run() {
        Map<String, Integer> done = new HashMap<>(engine.drain());
        Sweep.Result swept = new Sweep.Result(0, 0, 0);
        Instant now = clock.instant();
        if (lastSweep == null || !now.isBefore(lastSweep.plus(sweepEvery)) || now.isBefore(lastSweep)) {
            swept = sweep.run(now);
            lastSweep = now;
            engine.drain().forEach((kind, n) -> done.merge(kind, n, Integer::sum));
        }
        int reminders = Stream.of(
                        ReminderKind.DUE_SOON,
                        ReminderKind.OVERDUE,
                        ReminderKind.REVIEW_WAIT,
                        ReminderKind.QUESTION_WAIT)
                .mapToInt(k -> done.getOrDefault(k, 0))
                .sum();
        return new Report(
                done.getOrDefault(CheckinOccasions.PROMPT, 0),
                done.getOrDefault(CheckinOccasions.MISSED, 0),
                reminders,
                done.getOrDefault(WatchStalls.NOTICE, 0),
                swept.raised(),
                swept.cleared());
    }
}
