package dev.atelier.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void readsAmountsInMinorUnits() {
        assertThat(Budget.parse("250")).isEqualTo(new Budget(25000, "USD"));
        assertThat(Budget.parse("120.5 EUR")).isEqualTo(new Budget(12050, "EUR"));
        assertThat(Budget.parse("eur 120,50")).isEqualTo(new Budget(12050, "EUR"));
        assertThat(Budget.parse("€99")).isEqualTo(new Budget(9900, "EUR"));
        assertThat(Budget.parse("5000 JPY")).isEqualTo(new Budget(5000, "JPY"));
        assertThat(Budget.parse("400 USD").toString()).isEqualTo("400.00 USD");
    }

    @Test
    void refusesWhatIsNotMoney() {
        assertThatThrownBy(() -> Budget.parse("lots")).hasMessageContaining("optional currency");
        assertThatThrownBy(() -> Budget.parse("-5")).hasMessageContaining("optional currency");
        assertThatThrownBy(() -> Budget.parse("10 XYZ")).hasMessageContaining("not a currency code");
        assertThatThrownBy(() -> Budget.parse("10.5 JPY")).hasMessageContaining("at most 0 decimals");
    }
}
