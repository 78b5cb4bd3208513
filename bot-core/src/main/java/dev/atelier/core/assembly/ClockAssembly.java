package dev.atelier.core.assembly;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.checkin.CronClock;
import dev.atelier.core.clock.checkin.MissedHandler;
import dev.atelier.core.clock.checkin.PromptHandler;
import dev.atelier.core.clock.checkin.Zones;
import dev.atelier.core.clock.duework.DueEngine;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.EngineSettings;
import dev.atelier.core.clock.mentorload.MentorLoadNoticeHandler;
import dev.atelier.core.clock.mentorload.MentorLoads;
import dev.atelier.core.clock.mentorload.WatchMentorLoad;
import dev.atelier.core.clock.reminder.PlanReminders;
import dev.atelier.core.clock.reminder.QuietTime;
import dev.atelier.core.clock.reminder.ReminderHandler;
import dev.atelier.core.clock.reminder.ReminderKind;
import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.clock.stall.StallNoticeHandler;
import dev.atelier.core.clock.stall.WatchStalls;
import dev.atelier.core.clock.visit.MentorLoadCheck;
import dev.atelier.core.clock.visit.VisitHandler;
import dev.atelier.core.clock.visit.VisitSources;
import dev.atelier.core.clock.visit.Visits;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Wires the clock: the due-work engine with a handler per kind (prompts, missed-checks, reminders,
 * stall notices, mentor load notices, visits of internships, looks at mentors' load) into the round each
 * tick runs.
 */
final class ClockAssembly {

    private ClockAssembly() {}

    static ClockRound round(
            MongoStores s,
            CronClock cron,
            Outbound outbound,
            Clock clock,
            EngineSettings settings,
            Pacer pacer,
            Availability away,
            MentorLoads loads) {
        QuietTime quiet = new QuietTime(s.checkins(), s.profiles());
        List<DueHandler> handlers = Stream.concat(
                        Stream.of(
                                new PromptHandler(
                                        s.checkins(),
                                        s.internships(),
                                        s.profiles(),
                                        cron,
                                        s.rhythms(),
                                        s.dueWork(),
                                        away),
                                new MissedHandler(s.checkins(), s.internships(), s.rhythms(), away),
                                new StallNoticeHandler(
                                        s.health(), s.internships(), s.checkins(), s.cohorts(), s.communities()),
                                new MentorLoadNoticeHandler(loads, s.rhythms(), s.communities(), s.cohorts())),
                        Stream.of(
                                        ReminderKind.DUE_SOON,
                                        ReminderKind.OVERDUE,
                                        ReminderKind.REVIEW_WAIT,
                                        ReminderKind.QUESTION_WAIT)
                                .map(kind -> new ReminderHandler(kind, s.internships(), s.questions(), quiet, away)))
                .toList();
        Visits visits = new Visits(s.dueWork(), clock);
        VisitHandler visited = new VisitHandler(
                new VisitSources(
                        s.active(),
                        s.internships(),
                        s.checkins(),
                        s.questions(),
                        s.conversations(),
                        s.rhythms(),
                        new Zones(s.profiles()),
                        s.dueWork(),
                        away,
                        new WatchMentorLoad(loads, s.dueWork())),
                new PlanReminders(s.dueWork()),
                new WatchStalls(s.health(), s.dueWork()),
                visits);
        List<DueHandler> all = Stream.concat(
                        handlers.stream(),
                        Stream.of(
                                visited,
                                new MentorLoadCheck(
                                        s.active(), s.rhythms(), new WatchMentorLoad(loads, s.dueWork()), s.dueWork())))
                .toList();
        DueEngine engine = new DueEngine(s.dueWork(), all, outbound, pacer, clock, settings);
        return new ClockRound(engine, s.active(), visits, visited);
    }
}
