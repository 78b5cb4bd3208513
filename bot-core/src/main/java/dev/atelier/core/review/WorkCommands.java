package dev.atelier.core.review;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The work itself: {@code submit} (intern) and {@code review} (mentor). */
public final class WorkCommands implements Feature {

    private final UseCases u;

    public WorkCommands(InternshipStore internships, Clock clock) {
        InternshipAccess access = new InternshipAccess(internships);
        this.u = new UseCases(new SubmitMilestone(access, clock), new ReviewSubmission(access, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
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
                        ctx.requester(), o.number("milestone"), o.url("link"), o.text("notes"))),
                (ctx, o) -> u.submit.check(ctx.requester(), o.number("milestone")));
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
    }

    /** The use cases these commands call. */
    record UseCases(SubmitMilestone submit, ReviewSubmission review) {}
}
