package dev.atelier.core.completion;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.pay.SplitRuleStore;
import dev.atelier.core.payout.PayFigures;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.util.List;

/** Ending internships and their pay statements: {@code internship complete|rate|statement}, {@code cohort split|statements}. */
public final class CompletionCommands implements Feature {

    private static final OptionSpec INTERNSHIP = required("internship", OptionType.INTERNSHIP, "The internship number");

    private static final OptionSpec COHORT = required("cohort", OptionType.COHORT, "The cohort name");

    private final UseCases u;

    /** With the credential issuer and the pay figures completing and statements use. */
    public CompletionCommands(
            InternshipStore internships,
            TaskStore tasks,
            CohortStore cohorts,
            SplitRuleStore splitRules,
            IssueCredential issue,
            CredentialLinks links,
            PayFigures pay,
            Clock clock) {
        InternshipAccess access = new InternshipAccess(internships);
        this.u = new UseCases(
                new CompleteInternship(access, tasks, splitRules, issue, clock),
                new RateMentorship(access, clock),
                new ShowStatement(access, links),
                new SetSplitRule(cohorts, splitRules),
                new ExportStatements(cohorts, internships),
                pay);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "internship",
                        "complete",
                        "Complete an internship with your final review (mentor)",
                        Access.EVERYONE,
                        List.of(
                                INTERNSHIP,
                                required("score", OptionType.INTEGER, "Quality score from 1 to 10"),
                                required("skills", OptionType.TEXT, "Skills demonstrated, comma separated")
                                        .maxLength(300),
                                required("strengths", OptionType.LONG_TEXT, "Strengths you saw")
                                        .maxLength(1000),
                                required("endorsement", OptionType.LONG_TEXT, "Endorsement for future clients")
                                        .maxLength(1500)
                                        .restOfLine()),
                        "internship complete 1 9 \"java, testing\" \"careful tests\" \"Alice delivered a clean checkout\""),
                (ctx, o) -> u.pay.afterCompletion(
                        u.complete.execute(new CompleteInternship.Command(
                                ctx.requester(),
                                o.number("internship"),
                                o.number("score"),
                                Task.skillList(o.text("skills")),
                                o.text("strengths"),
                                o.text("endorsement"))),
                        ctx.requester().communityId(),
                        o.number("internship")),
                (ctx, o) -> u.complete.check(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "internship",
                        "rate",
                        "Rate your mentorship; only moderators see it (intern)",
                        Access.EVERYONE,
                        List.of(
                                INTERNSHIP,
                                required("rating", OptionType.INTEGER, "From 1 to 5"),
                                optional("comment", OptionType.LONG_TEXT, "What helped, what did not")
                                        .maxLength(1000)
                                        .restOfLine()),
                        "internship rate 1 5 \"quick, kind reviews\""),
                (ctx, o) -> u.rate.execute(new RateMentorship.Command(
                        ctx.requester(), o.number("internship"), o.number("rating"), o.text("comment"))),
                (ctx, o) -> u.rate.check(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "internship",
                        "statement",
                        "Final review, hours, pay and credential of an internship",
                        Access.EVERYONE,
                        List.of(INTERNSHIP),
                        "internship statement 1"),
                (ctx, o) -> u.pay.withState(
                        u.statement.execute(ctx.requester(), o.number("internship")),
                        ctx.requester().communityId(),
                        o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "split",
                        "Set how a cohort splits task budgets",
                        Access.MODERATOR,
                        List.of(
                                COHORT,
                                required(
                                                "rule",
                                                OptionType.TEXT,
                                                "intern 85% mentor 15%, or mentor 25 USD/h cap 150 USD")
                                        .maxLength(100)
                                        .restOfLine()),
                        "cohort split spring-2026 intern 85% mentor 15%"),
                (ctx, o) -> u.split.execute(ctx.requester(), o.text("cohort"), o.text("rule")));
        catalog.add(
                new CommandSpec(
                        "cohort",
                        "statements",
                        "Export a cohort's pay statements as CSV",
                        Access.MODERATOR,
                        List.of(COHORT),
                        "cohort statements spring-2026"),
                (ctx, o) -> u.export.execute(ctx.requester(), o.text("cohort")));
    }

    /** The use cases these commands call. */
    record UseCases(
            CompleteInternship complete,
            RateMentorship rate,
            ShowStatement statement,
            SetSplitRule split,
            ExportStatements export,
            PayFigures pay) {}
}
