package dev.atelier.core.store;

import dev.atelier.core.task.Budget;

/** An amount in integer minor units of a currency, inside a task or a pay statement. */
record BudgetDocument(long minorUnits, String currency) {

    static BudgetDocument of(Budget b) {
        return b == null ? null : new BudgetDocument(b.minorUnits(), b.currency());
    }

    static Budget toBudget(BudgetDocument d) {
        return d == null ? null : new Budget(d.minorUnits(), d.currency());
    }
}
