package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.help.ShowHelp;
import dev.atelier.core.internship.ShowStatus;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.review.ReviewSubmission;
import dev.atelier.core.review.SubmitMilestone;
import java.util.List;
import java.util.Locale;

/** Catalog entries for the work itself: submit, review, status and help. */
final class WorkCommands {

    private WorkCommands() {}

    static void register(CommandCatalog catalog, UseCases u) {
        catalog.add(
                new CommandSpec(
                        "submit",
                        null,
                        "Hand in work for a milestone (intern)",
                        Access.EVERYONE,
                        List.of(
                                required("milestone", OptionType.MILESTONE, "The milestone number"),
                                required("link", OptionType.URL, "Link to the work"),
                                optional("notes", OptionType.LONG_TEXT, "Anything the mentor should know")
                                        .maxLength(1500)
                                        .restOfLine()),
                        "submit 1 https://github.com/alice/shop/pull/3 \"first draft\""),
                (ctx, o) -> u.submit.execute(new SubmitMilestone.Command(
                        ctx.requester(), o.number("milestone"), o.url("link"), o.text("notes"))));
        catalog.add(
                new CommandSpec(
                        "review",
                        null,
                        "Approve a submission or request changes (mentor)",
                        Access.EVERYONE,
                        List.of(
                                required("milestone", OptionType.MILESTONE, "The milestone number"),
                                OptionSpec.choice("verdict", "approve or changes", "approve", "changes"),
                                optional("feedback", OptionType.LONG_TEXT, "What to change, or praise")
                                        .maxLength(1500)
                                        .restOfLine()),
                        "review 1 changes \"add tests for the empty cart\""),
                (ctx, o) -> u.review.execute(new ReviewSubmission.Command(
                        ctx.requester(),
                        o.number("milestone"),
                        Verdict.valueOf(o.text("verdict").toUpperCase(Locale.ROOT)),
                        o.text("feedback"))),
                (ctx, o) -> u.review.check(ctx.requester(), o.number("milestone")));
        catalog.add(
                new CommandSpec(
                        "status",
                        null,
                        "What you take part in and what waits for you",
                        Access.EVERYONE,
                        List.of(optional("internship", OptionType.INTERNSHIP, "An internship to show in full")),
                        "status"),
                (ctx, o) -> u.status.execute(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "help",
                        null,
                        "What you can do with Atelier",
                        Access.EVERYONE,
                        List.of(optional("command", OptionType.TEXT, "A command to explain")
                                .maxLength(40)
                                .restOfLine()),
                        "help submit"),
                (ctx, o) -> u.help.execute(
                        ctx.moderator(),
                        o.text("command"),
                        ctx.caller().community().platform()));
    }

    /** The use cases these commands call. */
    record UseCases(SubmitMilestone submit, ReviewSubmission review, ShowStatus status, ShowHelp help) {}
}
