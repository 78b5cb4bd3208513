package dev.atelier.core.internship;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import java.time.Clock;
import java.util.List;

/** Starting, ending and showing internships: {@code internship start|withdraw|close}, {@code status}. */
public final class InternshipCommands implements Feature {

    private final UseCases u;

    /** With the figures other features add to an internship's status (questions, messages, days away, plan, pay). */
    public InternshipCommands(
            InternshipStore internships, StartInternship start, InternshipFigures figures, Clock clock) {
        InternshipAccess access = new InternshipAccess(internships);
        this.u = new UseCases(
                start, new EndInternship(access, clock), new ShowStatus(internships, access, figures, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "internship",
                        "start",
                        "Pair an intern with a mentor on a task",
                        Access.MODERATOR,
                        List.of(
                                required("intern", OptionType.MEMBER, "The intern"),
                                required("mentor", OptionType.MEMBER, "The mentor"),
                                required("task", OptionType.TASK, "The task number"),
                                optional("cohort", OptionType.COHORT, "The cohort it belongs to"),
                                new OptionSpec(
                                        "again",
                                        OptionType.CHOICE,
                                        "yes starts it even when the pair already works on this task",
                                        false,
                                        3,
                                        List.of("yes"))),
                        "internship start @alice @bob 1 spring-2026"),
                (ctx, o) -> u.startInternship.execute(new StartInternship.Command(
                        ctx.requester(),
                        o.member("intern"),
                        o.member("mentor"),
                        o.number("task"),
                        o.text("cohort"),
                        !"yes".equals(o.text("again")))));
        catalog.add(
                new CommandSpec(
                        "internship",
                        "withdraw",
                        "Withdraw an internship",
                        Access.MODERATOR,
                        List.of(
                                required("internship", OptionType.INTERNSHIP, "The internship number"),
                                required("reason", OptionType.TEXT, "Why")
                                        .maxLength(300)
                                        .restOfLine()),
                        "internship withdraw 1 \"intern took a full-time job\""),
                (ctx, o) -> u.endInternship.execute(
                        ctx.requester(), o.number("internship"), o.text("reason"), EndInternship.Ending.WITHDRAW));
        catalog.add(
                new CommandSpec(
                        "internship",
                        "close",
                        "End an internship that will not complete, with a reason",
                        Access.MODERATOR,
                        List.of(
                                required("internship", OptionType.INTERNSHIP, "The internship number"),
                                required("reason", OptionType.TEXT, "Why")
                                        .maxLength(300)
                                        .restOfLine()),
                        "internship close 1 \"the client cancelled the task\""),
                (ctx, o) -> u.endInternship.execute(
                        ctx.requester(), o.number("internship"), o.text("reason"), EndInternship.Ending.CLOSE));
        catalog.add(
                new CommandSpec(
                        "status",
                        null,
                        "What you take part in and what waits for you",
                        Access.EVERYONE,
                        List.of(optional("internship", OptionType.INTERNSHIP, "An internship to show in full")),
                        "status"),
                (ctx, o) -> u.status.execute(ctx.requester(), o.number("internship")));
    }

    /** The use cases these commands call. */
    record UseCases(StartInternship startInternship, EndInternship endInternship, ShowStatus status) {}
}
