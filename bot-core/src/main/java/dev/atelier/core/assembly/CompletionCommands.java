package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.completion.CloseInternship;
import dev.atelier.core.completion.CompleteInternship;
import dev.atelier.core.completion.ExportStatements;
import dev.atelier.core.completion.RateMentorship;
import dev.atelier.core.completion.SetSplitRule;
import dev.atelier.core.completion.ShowStatement;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.credential.VerifyCredential;
import dev.atelier.core.hours.CorrectHours;
import dev.atelier.core.hours.LogHours;
import dev.atelier.core.hours.ShowHours;
import dev.atelier.core.payout.PayFigures;
import dev.atelier.core.portfolio.ShowPortfolio;
import dev.atelier.core.task.Task;
import java.util.List;

/** Catalog entries for hours, completion, pay, credentials and portfolios. */
final class CompletionCommands {

    private static final OptionSpec INTERNSHIP = required("internship", OptionType.INTERNSHIP, "The internship number");
    private static final OptionSpec COHORT = required("cohort", OptionType.COHORT, "The cohort name");
    private static final OptionSpec ENTRY = required("entry", OptionType.INTEGER, "The hours entry number");

    private CompletionCommands() {}

    static void register(CommandCatalog catalog, UseCases u) {
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
                        "close",
                        "End an internship that will not complete, with a reason",
                        Access.MODERATOR,
                        List.of(
                                INTERNSHIP,
                                required("reason", OptionType.TEXT, "Why")
                                        .maxLength(300)
                                        .restOfLine()),
                        "internship close 1 \"the client cancelled the task\""),
                (ctx, o) -> u.close.execute(ctx.requester(), o.number("internship"), o.text("reason")));
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
        catalog.add(
                new CommandSpec(
                        "log",
                        null,
                        "Log hours you worked on your internship (intern, mentor)",
                        Access.EVERYONE,
                        List.of(
                                required("hours", OptionType.TEXT, "Hours worked, such as 1.5 or 1h30")
                                        .maxLength(20),
                                optional("note", OptionType.TEXT, "What you did")
                                        .maxLength(200)
                                        .restOfLine(),
                                optional("internship", OptionType.INTERNSHIP, "Needed when you are in several")),
                        "log 2.5 \"checkout form\""),
                (ctx, o) -> u.log.execute(LogHours.Command.of(
                        ctx.requester(),
                        o.text("hours"),
                        o.text("note"),
                        o.number("internship"),
                        ctx.caller().channelId())));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "list",
                        "Hours of an internship per person, or a person's totals",
                        Access.EVERYONE,
                        List.of(
                                optional("internship", OptionType.INTERNSHIP, "The internship number"),
                                optional("member", OptionType.MEMBER, "Whose totals (moderators; you when left out)")),
                        "hours list 1"),
                (ctx, o) -> u.showHours.execute(ctx.requester(), o.number("internship"), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "fix",
                        "Correct an hours entry (who logged it, or a moderator)",
                        Access.EVERYONE,
                        List.of(
                                ENTRY,
                                required("hours", OptionType.TEXT, "The right hours")
                                        .maxLength(20),
                                optional("note", OptionType.TEXT, "What you did")
                                        .maxLength(200)
                                        .restOfLine()),
                        "hours fix 3 1.5"),
                (ctx, o) -> u.correctHours.fix(ctx.requester(), o.number("entry"), o.text("hours"), o.text("note")));
        catalog.add(
                new CommandSpec(
                        "hours",
                        "remove",
                        "Remove an hours entry (who logged it, or a moderator)",
                        Access.EVERYONE,
                        List.of(ENTRY),
                        "hours remove 3"),
                (ctx, o) -> u.correctHours.remove(ctx.requester(), o.number("entry")));
        catalog.add(
                new CommandSpec(
                        "verify",
                        null,
                        "Check a credential's signature and whether it was revoked",
                        Access.EVERYONE,
                        List.of(required("credential", OptionType.TEXT, "Credential id, link or token")
                                .maxLength(6000)),
                        "verify https://atelier.example.org/credentials/…"),
                (ctx, o) -> u.verify.execute(o.text("credential")));
        catalog.add(
                new CommandSpec(
                        "credential",
                        "revoke",
                        "Revoke a credential issued here, with a reason",
                        Access.MODERATOR,
                        List.of(
                                required("credential", OptionType.TEXT, "Credential id or link")
                                        .maxLength(300),
                                required("reason", OptionType.TEXT, "Why; verifiers see it")
                                        .maxLength(300)
                                        .restOfLine()),
                        "credential revoke 3f2c… \"issued by mistake\""),
                (ctx, o) -> u.revoke.execute(
                        new RevokeCredential.Command(ctx.requester(), o.text("credential"), o.text("reason"))));
        catalog.add(
                new CommandSpec(
                        "portfolio",
                        null,
                        "Completed micro-internships with scores and credentials",
                        Access.EVERYONE,
                        List.of(
                                optional("member", OptionType.MEMBER, "Whose (you when left out)"),
                                new OptionSpec(
                                        "format",
                                        OptionType.CHOICE,
                                        "text, markdown or json",
                                        false,
                                        OptionSpec.DEFAULT_MAX_LENGTH,
                                        List.of("text", "markdown", "json"))),
                        "portfolio @alice markdown"),
                (ctx, o) -> u.portfolio.execute(ctx.requester(), o.member("member"), o.text("format")));
    }

    /** The use cases these commands call. */
    record UseCases(
            CompleteInternship complete,
            CloseInternship close,
            RateMentorship rate,
            ShowStatement statement,
            SetSplitRule split,
            ExportStatements export,
            LogHours log,
            ShowHours showHours,
            CorrectHours correctHours,
            VerifyCredential verify,
            RevokeCredential revoke,
            ShowPortfolio portfolio,
            PayFigures pay) {}
}
