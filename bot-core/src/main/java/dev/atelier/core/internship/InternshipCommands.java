package dev.atelier.core.internship;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.EndInternship.Ending;
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
        ending(catalog, "withdraw", "Withdraw an internship", "\"intern took a full-time job\"", Ending.WITHDRAW);
        ending(
                catalog,
                "close",
                "End an internship that will not complete, with a reason",
                "\"the client cancelled the task\"",
                Ending.CLOSE);
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

    /** {@code internship withdraw|close <internship> <reason>}: a moderator ends an internship one way. */
    private void ending(CommandCatalog catalog, String name, String description, String reason, Ending ending) {
        catalog.add(
                new CommandSpec(
                        "internship",
                        name,
                        description,
                        Access.MODERATOR,
                        List.of(
                                required("internship", OptionType.INTERNSHIP, "The internship number"),
                                required("reason", OptionType.TEXT, "Why")
                                        .maxLength(300)
                                        .restOfLine()),
                        "internship " + name + " 1 " + reason),
                (ctx, o) -> u.endInternship.execute(ctx.requester(), o.number("internship"), o.text("reason"), ending));
    }

    /** The use cases these commands call. */
    record UseCases(StartInternship startInternship, EndInternship endInternship, ShowStatus status) {}
}
