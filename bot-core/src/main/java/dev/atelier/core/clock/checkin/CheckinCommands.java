package dev.atelier.core.clock.checkin;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.profile.ProfileStore;
import java.time.Clock;
import java.util.List;

/** Check-ins: the intern's {@code checkin schedule|answer} and a cohort's default, {@code cohort checkins}. */
public final class CheckinCommands implements Feature {

    /** Discord caps an embed field at 1,024 characters; each answer part is one field. */
    private static final int PART = 1000;

    private final UseCases u;

    /** With the cron reader and the due work where the next prompts are planned. */
    public CheckinCommands(
            InternshipStore internships,
            CheckinStore checkins,
            CheckinHistory history,
            CheckinDefaults defaults,
            ProfileStore profiles,
            CohortStore cohorts,
            CronClock cron,
            DueWork dueWork,
            Clock clock) {
        this.u = new UseCases(
                new ScheduleCheckin(internships, checkins, profiles, cron, dueWork, clock),
                new AnswerCheckin(internships, checkins, history, clock),
                new SetCohortCheckins(cohorts, defaults));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "checkin",
                        "schedule",
                        "Show or fit your check-in days, time and quiet hours",
                        Access.EVERYONE,
                        List.of(
                                optional("days", OptionType.TEXT, "Days, for example mon,thu")
                                        .maxLength(60),
                                optional("time", OptionType.TEXT, "Time in your zone, for example 09:30")
                                        .maxLength(5),
                                optional("quiet", OptionType.TEXT, "Quiet hours, for example 22-8, or none")
                                        .maxLength(5),
                                optional("internship", OptionType.INTERNSHIP, "When you intern in several")),
                        "checkin schedule days:mon,thu time:09:30 quiet:22-8"),
                (ctx, o) -> u.schedule.execute(new ScheduleCheckin.Command(
                        ctx.requester(), o.text("days"), o.text("time"), o.text("quiet"), o.number("internship"))));
        catalog.add(
                new CommandSpec(
                        "checkin",
                        "answer",
                        "Answer your latest check-in (intern)",
                        Access.EVERYONE,
                        List.of(
                                required("done", OptionType.LONG_TEXT, "What got done")
                                        .maxLength(PART),
                                required("blocks", OptionType.LONG_TEXT, "What blocks you")
                                        .maxLength(PART),
                                required("next", OptionType.LONG_TEXT, "What comes next")
                                        .maxLength(PART),
                                required("confidence", OptionType.INTEGER, "From 1 (stuck) to 5 (on track)"),
                                optional("internship", OptionType.INTERNSHIP, "When you intern in several")),
                        "checkin answer \"checkout page\" nothing \"tests\" 4"),
                (ctx, o) -> u.answer.execute(new AnswerCheckin.Command(
                        ctx.requester(),
                        o.text("done"),
                        o.text("blocks"),
                        o.text("next"),
                        o.number("confidence"),
                        o.number("internship"))),
                (ctx, o) -> u.answer.check(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "checkins",
                        "Show or set the check-in schedule new pairs start with",
                        Access.MODERATOR,
                        List.of(
                                required("cohort", OptionType.COHORT, "The cohort name"),
                                optional("days", OptionType.TEXT, "Days, for example mon,thu")
                                        .maxLength(60),
                                optional("time", OptionType.TEXT, "Time in each intern's zone, for example 10:00")
                                        .maxLength(5),
                                optional("quiet", OptionType.TEXT, "Quiet hours, for example 22-8, or none")
                                        .maxLength(5)),
                        "cohort checkins spring-2026 days:mon time:10:00 quiet:22-8"),
                (ctx, o) -> u.cohortDefault.execute(new SetCohortCheckins.Command(
                        ctx.requester(), o.text("cohort"), o.text("days"), o.text("time"), o.text("quiet"))));
    }

    /** The use cases these commands call. */
    record UseCases(ScheduleCheckin schedule, AnswerCheckin answer, SetCohortCheckins cohortDefault) {}
}
