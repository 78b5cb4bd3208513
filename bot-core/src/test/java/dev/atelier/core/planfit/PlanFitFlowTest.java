package dev.atelier.core.planfit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.OnePairFlowTest;
import org.junit.jupiter.api.Test;

/**
 * Plans checked against alice's week through the real core: alice (Europe/Paris) declares 7 h a week
 * (an hour a day); the task is 40 h; the clock is Monday 2026-11-23 11:00 in Paris.
 */
class PlanFitFlowTest extends OnePairFlowTest {

    @Test
    void aPlanThatDoesNotFitIsFlaggedToBothWithADateThatFits() {
        as("alice", "profile set hours:7");
        Outcome added = as("bob", "milestone add 1 \"Checkout page\" \"Pays\" 2026-11-29 10");
        assertThat(added.reply().text())
                .contains(
                        "✅ Added",
                        "M1 needs 10 h by 2026-11-29 (week of 2026-11-23); " + "alice has 7 h until then",
                        "It fits with M1 due 2026-12-02");
        assertThat(added.notifications())
                .filteredOn(n -> n.to().equals(Destination.direct("alice")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text()).contains("you have 7 h until then"));
        Outcome moved = as("bob", "milestone edit 1 due:2026-12-02");
        assertThat(moved.reply().text()).doesNotContain("does not fit");
        assertThat(moved.notifications())
                .noneMatch(
                        n -> n.message().title() != null && n.message().title().contains("does not fit"));
    }

    @Test
    void daysAwayPushTheFittingDateAndADefaultEstimateComesFromTheTask() {
        as("alice", "profile set hours:7");
        as("alice", "away 2026-11-30 2026-12-01");
        Outcome added = as("bob", "milestone add 1 \"Checkout page\" \"Pays\" 2026-11-29 10");
        assertThat(added.reply().text()).contains("It fits with M1 due 2026-12-04");
        Outcome proposed = as("alice", "milestone propose 1 \"Receipts\" \"Mails\" 2026-12-31");
        assertThat(proposed.reply().text())
                .as("M2 gets the task's 30 h left: 40 h from today, 40 working days")
                .contains(
                        "M1 needs 10 h by 2026-11-29",
                        "you have 7 h",
                        "M1 due 2026-12-04",
                        "M2 due 2027-01-03 (`milestone edit 2 due:2027-01-03`)");
        assertThat(proposed.notifications())
                .filteredOn(n -> n.to().equals(Destination.direct("bob")))
                .extracting(Notification::message)
                .anySatisfy(m -> assertThat(m.text()).contains("alice has 7 h"));
    }

    @Test
    void noWeeklyHoursNoVerdictAndLoggedHoursShowAgainstEstimates() {
        Outcome added = as("bob", "milestone add 1 \"Checkout page\" \"Pays\" 2026-11-24 30");
        assertThat(added.reply().text()).doesNotContain("does not fit");
        as("bob", "milestone add 1 \"Receipts\" \"Mails\"");
        as("alice", "log 3 \"cart\"");
        as("alice", "submit 1 https://example.org/pr/1");
        as("bob", "review 1 approve");
        clock.set(java.time.Instant.parse("2026-11-24T10:00:00Z"));
        as("alice", "log 2 \"receipts\"");
        String status = as("bob", "status").reply().text();
        assertThat(status)
                .contains("⏱️ 5 h logged of 40 h estimated · M1 ✅ 30 h planned, 3 h logged · "
                        + "M2 40 h planned, 5 h logged so far");
        assertThat(as("alice", "home").reply().fields().get(0).value().markup())
                .contains("⏱️ 5 h logged of 40 h estimated");
        assertThat(as("bob", "milestone edit 2 estimate:0").reply().text()).contains("between 1 and 500 hours");
    }
}
