package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.away.Availability;
import dev.atelier.core.checkin.CronClock;
import dev.atelier.core.checkin.MissedHandler;
import dev.atelier.core.checkin.PromptHandler;
import dev.atelier.core.checkin.Zones;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.duework.DueEngine;
import dev.atelier.core.duework.DueHandler;
import dev.atelier.core.duework.EngineSettings;
import dev.atelier.core.duework.Pacer;
import dev.atelier.core.mentorload.MentorLoadNoticeHandler;
import dev.atelier.core.mentorload.MentorLoads;
import dev.atelier.core.mentorload.ShowMentorLoad;
import dev.atelier.core.mentorload.WatchMentorLoad;
import dev.atelier.core.reminder.PlanReminders;
import dev.atelier.core.reminder.QuietTime;
import dev.atelier.core.reminder.ReminderHandler;
import dev.atelier.core.reminder.ReminderKind;
import dev.atelier.core.rhythm.SetRhythm;
import dev.atelier.core.rounds.ClockRound;
import dev.atelier.core.rounds.SweepSources;
import dev.atelier.core.stall.CohortHealth;
import dev.atelier.core.stall.ShowCohortHealth;
import dev.atelier.core.stall.StallNoticeHandler;
import dev.atelier.core.stall.WatchStalls;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Wires the clock: the due-work engine with a handler per kind (prompts, missed-checks, reminders,
 * stall notices), the sweep, cohort health, and the moderators' {@code community rhythm} and
 * {@code cohort health} commands.
 */
final class ClockAssembly {

    private ClockAssembly() {}

    /** What the rest of the core hands out. */
    record Built(ClockRound round, CohortHealth health) {}

    static Built build(
            CommandCatalog catalog,
            MongoStores s,
            CronClock cron,
            Outbound outbound,
            Clock clock,
            EngineSettings settings,
            Pacer pacer,
            Availability away) {
        QuietTime quiet = new QuietTime(s.checkins(), s.profiles());
        MentorLoads loads = new MentorLoads(s.internships(), s.questions(), s.profiles(), s.rosters(), s.cohorts());
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
                                new MissedHandler(s.checkins(), s.rhythms(), away),
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
        DueEngine engine = new DueEngine(s.dueWork(), handlers, outbound, pacer, clock, settings);
        ClockRound round = new ClockRound(
                engine,
                new SweepSources(
                        s.active(),
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
                clock,
                settings.sweepEvery());
        CohortHealth health =
                new CohortHealth(s.internships(), s.checkins(), s.questions(), s.conversations(), s.health());
        register(catalog, new SetRhythm(s.rhythms()), new ShowCohortHealth(s.cohorts(), health));
        catalog.add(
                new CommandSpec(
                        "mentor",
                        "load",
                        "Each mentor's interns, waiting work and hours against capacity",
                        Access.MODERATOR,
                        List.of(),
                        "mentor load"),
                (ctx, o) -> new ShowMentorLoad(loads, s.rhythms(), clock).execute(ctx.requester()));
        return new Built(round, health);
    }

    private static void register(CommandCatalog catalog, SetRhythm rhythm, ShowCohortHealth health) {
        catalog.add(
                new CommandSpec(
                        "community",
                        "rhythm",
                        "Show or set check-in, reminder and stall timings",
                        Access.MODERATOR,
                        List.of(
                                optional(
                                        "answer", OptionType.INTEGER, "Hours to answer a check-in (1-168, default 24)"),
                                optional(
                                        "review",
                                        OptionType.INTEGER,
                                        "Hours a submission waits before a reminder (default 48)"),
                                optional(
                                        "question",
                                        OptionType.INTEGER,
                                        "Hours a question waits before a reminder (default 24)"),
                                optional(
                                        "stall",
                                        OptionType.INTEGER,
                                        "Idle days before a pair is at risk (1-60, default 5)"),
                                optional(
                                        "missed",
                                        OptionType.INTEGER,
                                        "Missed check-ins in a row that flag a pair (default 2)")),
                        "community rhythm answer:24 review:48 question:24 stall:5 missed:2"),
                (ctx, o) -> rhythm.execute(new SetRhythm.Command(
                        ctx.requester(),
                        o.number("answer"),
                        o.number("review"),
                        o.number("question"),
                        o.number("stall"),
                        o.number("missed"))));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "health",
                        "A cohort's pairs by risk, with the reason",
                        Access.MODERATOR,
                        List.of(required("cohort", OptionType.COHORT, "The cohort name")),
                        "cohort health spring-2026"),
                (ctx, o) -> health.execute(ctx.requester(), o.text("cohort")));
    }
}
