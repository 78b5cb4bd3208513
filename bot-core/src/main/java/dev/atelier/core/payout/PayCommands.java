package dev.atelier.core.payout;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;

/** Paying completed internships (moderators): {@code pay approve|mark-paid|unpaid|milestones}. */
public final class PayCommands implements Feature {

    private static final OptionSpec INTERNSHIP = required("internship", OptionType.INTERNSHIP, "The internship number");

    private final ManagePay pay;

    public PayCommands(InternshipStore internships, PayoutStore payouts, CohortStore cohorts, Clock clock) {
        this.pay = new ManagePay(internships, payouts, cohorts, clock);
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "pay",
                        "approve",
                        "Approve a completed internship's pay",
                        Access.MODERATOR,
                        List.of(INTERNSHIP),
                        "pay approve 3"),
                (ctx, o) -> pay.approve(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "pay",
                        "mark-paid",
                        "Record that an approved pay was paid",
                        Access.MODERATOR,
                        List.of(
                                INTERNSHIP,
                                optional("reference", OptionType.TEXT, "Payment reference")
                                        .maxLength(100)
                                        .restOfLine()),
                        "pay mark-paid 3 \"TR-2026-88\""),
                (ctx, o) -> pay.markPaid(ctx.requester(), o.number("internship"), o.text("reference")));
        catalog.add(
                new CommandSpec(
                        "pay",
                        "unpaid",
                        "What completed internships are not paid yet, and for how long",
                        Access.MODERATOR,
                        List.of(),
                        "pay unpaid"),
                (ctx, o) -> pay.unpaid(ctx.requester()));
        catalog.add(
                new CommandSpec(
                        "pay",
                        "milestones",
                        "Release a cohort's budgets per approved milestone, or not",
                        Access.MODERATOR,
                        List.of(
                                required("cohort", OptionType.COHORT, "The cohort name"),
                                OptionSpec.choice("split", "on or off", "on", "off")),
                        "pay milestones spring-2026 on"),
                (ctx, o) -> pay.milestoneSplit(ctx.requester(), o.text("cohort"), "on".equals(o.text("split"))));
    }
}
