package dev.atelier.core.pay;

import dev.atelier.core.task.Budget;
import java.util.List;

/**
 * What each person of a completed internship is paid: the budget, the rule applied, and one share
 * per person. The shares add up to the budget exactly; the constructor refuses anything else.
 */
public record PayStatement(Budget budget, String rule, List<Share> shares) {

    public PayStatement {
        shares = List.copyOf(shares);
        long sum = shares.stream().mapToLong(Share::minorUnits).sum();
        if (sum != budget.minorUnits()) {
            throw new IllegalStateException("shares add up to " + sum + ", not the budget " + budget.minorUnits());
        }
    }

    public Budget amount(Share share) {
        return new Budget(share.minorUnits(), budget.currency());
    }

    /** One line per person, such as {@code intern <@alice>: 340.00 USD (38.5 h)}. */
    public List<String> lines() {
        return shares.stream()
                .map(s -> s.role() + " <@" + s.memberId() + ">: " + amount(s) + " (" + Hours.format(s.minutes()) + ")")
                .toList();
    }
}
