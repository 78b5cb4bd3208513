package dev.atelier.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwoSidedAcceptanceTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026");
        as("mod", "task add \"Checkout\" \"Add a checkout\" \"400 USD\" 40 \"sql\"");
        as("mod", "task add \"Reports\" \"Sales reports\" \"200 USD\" 20 \"sql\"");
        as("mod", "cohort task spring-2026 1");
        as("mod", "cohort task spring-2026 2");
        as("alice", "profile set learning:sql");
        as("bob", "profile set expertise:sql capacity:1 timezone:UTC window:9-17");
        as("carol", "profile set expertise:sql capacity:1");
        as("alice", "profile set timezone:UTC window:9-17");
        for (String who : List.of("alice")) {
            as(who, "cohort join spring-2026 intern");
        }
        as("bob", "cohort join spring-2026 mentor");
        as("carol", "cohort join spring-2026 mentor");
        as("mod", "pair preview spring-2026");
    }

    Notification dmTo(String who) {
        return platform.sent().stream()
                .filter(n -> n.to().equals(Destination.direct(who)))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void bothAcceptWithTheButtonsAndTheInternshipStarts() {
        platform.clear();
        assertThat(as("mod", "pair ask spring-2026").reply().text()).contains("Asked 1 pair in");
        Notification toAlice = dmTo("alice");
        assertThat(toAlice.message().text())
                .contains("intern of mentor @bob")
                .contains("Why: Sql in common; 8 h overlap");
        assertThat(toAlice.message().buttons()).extracting(b -> b.label()).containsExactly("Accept", "Decline");
        assertThat(as("carol", "pair accept spring-2026").reply().text()).contains("Nothing in spring-2026 waits");

        Outcome first = atelier.bot()
                .press(caller("alice"), toAlice.message().buttons().get(0).actionId());
        assertThat(first.reply().text()).contains("starts as soon as @bob accepts");
        assertThat(platform.workspaces()).isEmpty();
        Outcome second = atelier.bot()
                .press(caller("bob"), dmTo("bob").message().buttons().get(0).actionId());
        assertThat(second.reply().text()).contains("You both accepted").contains("Internship #1 started");
        assertThat(platform.workspaces()).hasSize(1);
        assertThat(as("alice", "pair accept spring-2026").reply().text()).contains("Nothing in spring-2026 waits");
    }

    @Test
    void aDeclineRematchesTheOtherPersonAndIsNeverProposedAgain() {
        platform.clear();
        as("mod", "pair ask spring-2026");
        Outcome declined = atelier.bot()
                .press(caller("bob"), dmTo("bob").message().buttons().get(1).actionId());
        assertThat(declined.reply().text()).contains("Declined").contains("New pairs proposed: 1");
        assertThat(platform.sent())
                .filteredOn(n -> n.to().equals(Destination.direct("alice")))
                .extracting(n -> n.message().text())
                .anyMatch(t -> t.contains("intern of mentor @carol"))
                .anyMatch(t -> t.contains("declined. You have a new proposal"));
        assertThat(dmTo("carol").message().buttons()).extracting(b -> b.label()).containsExactly("Accept", "Decline");

        atelier.bot()
                .press(caller("carol"), dmTo("carol").message().buttons().get(1).actionId());
        assertThat(dmTo("alice").message().text()).contains("No other match is possible right now");
        assertThat(PairingFlowTest.all(as("mod", "pair preview spring-2026")))
                .contains("@alice (intern): excluded by don't-pair lists or declined pairings")
                .doesNotContain("with mentor");
    }
}
