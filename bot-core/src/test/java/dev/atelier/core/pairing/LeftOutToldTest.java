package dev.atelier.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.Test;

/** Confirming or asking a round tells everyone it left out, by DM, why and what happens next, once. */
class LeftOutToldTest extends CoreFlowTest {

    @Test
    void peopleLeftOutAreToldWhyAndWhatHappensNext() {
        round();
        Outcome confirmed = as("mod", "pair confirm spring-2026");
        assertThat(confirmed.notifications())
                .filteredOn(n -> n.to().equals(Destination.direct("gina")))
                .extracting(Notification::message)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.title()).isEqualTo("Not paired this round · spring-2026");
                    assertThat(m.text()).contains("left you out as intern: ", "go", "the next round includes you");
                });
        assertThat(confirmed.notifications())
                .noneMatch(n -> n.to().equals(Destination.direct("alice"))
                        && n.message().title() != null
                        && n.message().title().startsWith("Not paired"));
    }

    @Test
    void askingARoundTellsThePeopleItLeftOutOnce() {
        round();

        Outcome asked = as("mod", "pair ask spring-2026");

        assertThat(asked.reply().text()).contains("1 person left out of this round was told why");
        assertThat(asked.notifications())
                .filteredOn(n -> n.to().equals(Destination.direct("gina")))
                .extracting(Notification::message)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.title()).isEqualTo("Not paired this round · spring-2026");
                    assertThat(m.text()).contains("left you out as intern: ", "the next round includes you");
                });
        assertThat(asked.notifications())
                .filteredOn(n -> n.to().equals(Destination.direct("alice")))
                .extracting(Notification::message)
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains("you are proposed as the intern"));
        Outcome confirmed = as("mod", "pair confirm spring-2026");
        assertThat(confirmed.notifications())
                .noneMatch(
                        n -> n.message().title() != null && n.message().title().startsWith("Not paired"));
    }

    private void round() {
        as("mod", "cohort create spring-2026 #interns");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java\"");
        as("mod", "cohort task spring-2026 1");
        as("bob", "profile set expertise:java capacity:1");
        as("alice", "profile set learning:java");
        as("gina", "profile set learning:go");
        as("alice", "cohort join spring-2026 intern");
        as("gina", "cohort join spring-2026 intern");
        as("bob", "cohort join spring-2026 mentor");
        as("mod", "pair preview spring-2026");
    }
}
