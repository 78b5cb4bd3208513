package dev.atelier.core.clock.rounds;

import dev.atelier.core.clock.checkin.CheckinOccasions;
import dev.atelier.core.clock.duework.DueEngine;
import dev.atelier.core.clock.reminder.ReminderKind;
import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.clock.stall.WatchStalls;
import dev.atelier.core.clock.visit.VisitHandler;
import dev.atelier.core.clock.visit.Visits;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One tick of the clock: handles what fell due (prompts, missed-checks, reminders, notices and the
 * visits of internships, which plan reminders and raise or clear stall flags). The first round on a store
 * that never had visits plans one for each of its active internships, once.
 */
public final class ClockRound {

    static final String FIRST_VISITS = "clock-visits-1";

    private final DueEngine engine;
    private final ActiveInternships active;
    private final Visits visits;
    private final VisitHandler visited;
    private boolean started;

    public ClockRound(DueEngine engine, ActiveInternships active, Visits visits, VisitHandler visited) {
        this.engine = engine;
        this.active = active;
        this.visits = visits;
        this.visited = visited;
    }

    /** What one round did: prompts sent, prompts marked missed, reminders and stall notices sent, flags changed. */
    public record Report(int prompted, int missed, int reminders, int notices, int flagged, int cleared) {

        public boolean idle() {
            return prompted + missed + reminders + notices + flagged + cleared == 0;
        }
    }

    public synchronized Report run() {
        if (!started) {
            active.forEachOnce(FIRST_VISITS, visits::soon);
            started = true;
        }
        Map<String, Integer> done = engine.drain();
        int reminders = Stream.of(
                        ReminderKind.DUE_SOON,
                        ReminderKind.OVERDUE,
                        ReminderKind.REVIEW_WAIT,
                        ReminderKind.QUESTION_WAIT)
                .mapToInt(k -> done.getOrDefault(k, 0))
                .sum();
        int[] flags = visited.takeCounts();
        return new Report(
                done.getOrDefault(CheckinOccasions.PROMPT, 0),
                done.getOrDefault(CheckinOccasions.MISSED, 0),
                reminders,
                done.getOrDefault(WatchStalls.NOTICE, 0),
                flags[0],
                flags[1]);
    }
}
