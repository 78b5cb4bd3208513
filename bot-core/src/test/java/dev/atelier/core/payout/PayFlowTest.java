package dev.atelier.core.payout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pay states through the real core: pending at completion, approved, paid; each step told to both by DM. */
class PayFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #cohort");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("bob", "milestone add 1 \"Receipts\" \"Mails\"");
    }

    void approve(long milestone) {
        as("alice", "submit " + milestone + " https://example.org/pr/" + milestone);
        as("bob", "review " + milestone + " approve");
    }

    static List<Notification> dmsTitled(Outcome o, String prefix) {
        return o.notifications().stream()
                .filter(n -> n.message().title() != null && n.message().title().startsWith(prefix))
                .toList();
    }

    @Test
    void sharesGoFromPendingToApprovedToPaidAndBothAreToldAtEachStep() {
        approve(1);
        approve(2);
        Outcome done = as("bob", "internship complete 1 9 \"java\" \"tests\" \"Alice delivered\"");
        assertThat(dmsTitled(done, "💰 Your share"))
                .extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("alice"), Destination.direct("bob"));
        assertThat(dmsTitled(done, "💰 Your share"))
                .filteredOn(n -> n.to().equals(Destination.direct("alice")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().markup()).contains("340.00 USD", "pending since 2026-11-23"));
        assertThat(as("alice", "internship statement 1").reply().fields())
                .anySatisfy(f -> assertThat(f.value().markup()).startsWith("pending since 2026-11-23"));

        assertThat(as("bob", "pay approve 1").reply().text()).contains("Only moderators");
        assertThat(as("mod", "pay mark-paid 1").reply().text()).contains("not approved yet");
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(as("mod", "pay unpaid").reply().text())
                .contains("#1 Shop checkout · 400.00 USD · unpaid for 3 days", "`pay approve 1`");
        Outcome approved = as("mod", "pay approve 1");
        assertThat(approved.reply().text()).contains("approved on 2026-11-26");
        assertThat(dmsTitled(approved, "✅ Pay approved"))
                .extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("alice"), Destination.direct("bob"));
        assertThat(as("mod", "pay approve 1").reply().text()).contains("already approved");
        assertThat(as("bob", "status").reply().text()).contains("💰 Pay 400.00 USD: approved on 2026-11-26");

        Outcome paid = as("mod", "pay mark-paid 1 \"TR-88 <@everyone>\"");
        assertThat(dmsTitled(paid, "💸 Paid"))
                .filteredOn(n -> n.to().equals(Destination.direct("bob")))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text())
                        .contains("60.00 USD", "paid on 2026-11-26, reference TR-88")
                        .doesNotContain("<@everyone>"));
        assertThat(as("mod", "pay unpaid").reply().text()).contains("Everything completed here is paid");
        assertThat(as("mod", "pay mark-paid 1").reply().text()).contains("already paid");
        assertThat(in(OTHER, "mod", "pay approve 1").reply().text()).contains("no internship #1");
    }

    @Test
    void anActiveInternshipIsNotPayableAndAMilestoneSplitShowsWhatAccrued() {
        assertThat(as("mod", "pay approve 1").reply().text()).contains("is active");
        assertThat(as("mod", "pay milestones autumn on").reply().text()).contains("no cohort named");
        assertThat(as("mod", "pay milestones spring-2026 on").reply().text()).contains("releases its share");
        assertThat(as("alice", "status").reply().text())
                .contains("💰 Released so far by approved milestones: " + "0.00 USD of 400.00 USD");
        as("bob", "milestone edit 1 estimate:10");
        approve(1);
        assertThat(as("alice", "status").reply().text())
                .as("M1 10 h, M2 the 30 h left")
                .contains("Released so far by approved milestones: 100.00 USD of 400.00 USD");
        as("mod", "pay milestones spring-2026 off");
        assertThat(as("alice", "status").reply().text()).doesNotContain("Released so far");
    }
}
