package dev.atelier.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.Member;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.task.Budget;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PaySplitTest {

    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");

    static PayStatement split(String budget, String rule, int internMinutes, int mentorMinutes) {
        return PaySplit.compute(Budget.parse(budget), SplitRule.parse(rule), ALICE, internMinutes, BOB, mentorMinutes);
    }

    static List<Long> shares(PayStatement s) {
        return s.shares().stream().map(Share::minorUnits).toList();
    }

    @Test
    void percentagesRoundTheMentorDownToTheCentAndGiveTheRestToTheIntern() {
        assertThat(shares(split("400 USD", "intern 85% mentor 15%", 0, 0))).containsExactly(34000L, 6000L);
        // 100.01 × 15 % = 15.0015 → the mentor gets 15.00, the intern 85.01
        assertThat(shares(split("100.01 USD", "intern 85% mentor 15%", 0, 0))).containsExactly(8501L, 1500L);
        // 0.01 × 33.33 % rounds down to nothing for the mentor
        assertThat(shares(split("0.01 EUR", "intern 66.67% mentor 33.33%", 0, 0)))
                .containsExactly(1L, 0L);
        // yen have no minor unit: 1001 × 15 % = 150.15 → 150
        assertThat(shares(split("1001 JPY", "mentor 15% intern 85%", 0, 0))).containsExactly(851L, 150L);
    }

    @Test
    void sharesAlwaysAddUpToTheBudgetExactly() {
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            long cents = random.nextLong(100_000_000_000L);
            int mentorBp = random.nextInt(10_001);
            SplitRule rule = random.nextBoolean()
                    ? new SplitRule.Percentages(10_000 - mentorBp, mentorBp)
                    : new SplitRule.Hourly(
                            new Budget(1 + random.nextInt(100_000), "USD"),
                            new Budget(random.nextLong(1_000_000_000L), "USD"));
            PayStatement s = PaySplit.compute(
                    new Budget(cents, "USD"), rule, ALICE, random.nextInt(100_000), BOB, random.nextInt(100_000));
            assertThat(s.shares().stream().mapToLong(Share::minorUnits).sum()).isEqualTo(cents);
            assertThat(s.shares())
                    .allSatisfy(share -> assertThat(share.minorUnits()).isNotNegative());
        }
    }

    @Test
    void anHourlyMentorIsPaidPerMinuteRoundedDownUpToTheCapAndTheBudget() {
        // 100 minutes at 25.00/h = 41.666… → 41.66
        assertThat(shares(split("400 USD", "mentor 25 USD/h cap 150 USD", 2400, 100)))
                .containsExactly(35834L, 4166L);
        // 10 h at 25.00/h = 250 → capped at 150
        assertThat(shares(split("400 USD", "mentor 25 USD/h cap 150 USD", 2400, 600)))
                .containsExactly(25000L, 15000L);
        // the cap is above the budget: the mentor gets at most the budget
        assertThat(shares(split("100 USD", "mentor 25 USD/h cap 500 USD", 0, 6000)))
                .containsExactly(0L, 10000L);
    }

    @Test
    void splitRulesThatDoNotAddUpOrDoNotParseAreRefused() {
        assertThatThrownBy(() -> SplitRule.parse("intern 85% mentor 10%"))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("must add up to 100 %: intern 85 % + mentor 10 % = 95 %");
        assertThatThrownBy(() -> SplitRule.parse("intern 90% mentor 20%")).hasMessageContaining("= 110 %");
        assertThatThrownBy(() -> SplitRule.parse("85/15")).hasMessageContaining("reads like");
        assertThatThrownBy(() -> SplitRule.parse("intern 50% intern 50%")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> SplitRule.parse("mentor 25 USD/h cap 100 EUR")).hasMessageContaining("same currency");
        assertThatThrownBy(() -> split("400 EUR", "mentor 25 USD/h cap 150 USD", 0, 60))
                .hasMessageContaining("pays mentors in USD but the task's budget is in EUR");
        assertThat(SplitRule.parse("intern 100%").text()).isEqualTo("intern 100% mentor 0%");
        assertThat(SplitRule.parse(SplitRule.parse("Mentor $25/h cap $150").text()))
                .isEqualTo(new SplitRule.Hourly(new Budget(2500, "USD"), new Budget(15000, "USD")));
    }

    @Test
    void hoursAreTypedAsPeopleWriteThemAndAbsurdAmountsAreRefused() {
        assertThat(Hours.parse("1.5")).isEqualTo(90);
        assertThat(Hours.parse("1,25")).isEqualTo(75);
        assertThat(Hours.parse("1h30")).isEqualTo(90);
        assertThat(Hours.parse("45m")).isEqualTo(45);
        assertThat(Hours.parse("24")).isEqualTo(1440);
        assertThatThrownBy(() -> Hours.parse("-2")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Hours.parse("0")).hasMessageContaining("at least one minute");
        assertThatThrownBy(() -> Hours.parse("25")).hasMessageContaining("at most 24 hours");
        assertThatThrownBy(() -> Hours.parse("9999")).hasMessageContaining("at most 24 hours");
        assertThatThrownBy(() -> Hours.parse("lots")).hasMessageContaining("such as `1.5`");
        assertThat(Hours.format(90)).isEqualTo("1.5 h");
        assertThat(Hours.format(20)).isEqualTo("0.33 h");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        assertThat(Csv.row(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")", "-12.50")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\",-12.50\r\n");
    }
}
