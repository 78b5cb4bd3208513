package dev.atelier.core.pay;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.task.Budget;
import java.math.BigInteger;
import java.util.List;

/** Splits a budget by a rule, exactly, in integer minor units (see the package documentation for the rounding). */
public final class PaySplit {

    private PaySplit() {}

    public static PayStatement compute(
            Budget budget, SplitRule rule, Member intern, int internMinutes, Member mentor, int mentorMinutes) {
        long mentorShare = rule instanceof SplitRule.Hourly h
                ? hourly(budget, h, mentorMinutes)
                : floor(budget.minorUnits(), ((SplitRule.Percentages) rule).mentorBasisPoints(), 10_000);
        long internShare = budget.minorUnits() - mentorShare;
        return new PayStatement(
                budget,
                rule.text(),
                List.of(
                        new Share("intern", intern.id(), intern.name(), internMinutes, internShare),
                        new Share("mentor", mentor.id(), mentor.name(), mentorMinutes, mentorShare)));
    }

    private static long hourly(Budget budget, SplitRule.Hourly h, int mentorMinutes) {
        if (!h.rate().currency().equals(budget.currency())) {
            throw new Rejected(Text.builder()
                    .plain("The cohort pays mentors in " + h.rate().currency() + " but the task's budget is in "
                            + budget.currency() + ". A moderator sets a matching rule with ")
                    .command(CommandHint.of("cohort split"))
                    .plain(".")
                    .build());
        }
        long earned = floor(mentorMinutes, h.rate().minorUnits(), 60);
        return Math.min(Math.min(earned, h.cap().minorUnits()), budget.minorUnits());
    }

    /** {@code amount × numerator ÷ denominator}, rounded down, without overflow. */
    static long floor(long amount, long numerator, long denominator) {
        return BigInteger.valueOf(amount)
                .multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator))
                .longValueExact();
    }
}
