package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Modal;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifecycleTest extends CoreFlowTest {

    @Test
    void aWholeInternshipFromTaskToCompletion() {
        assertThat(as("mod", "/cohort create spring-2026 #interns 2026-12-01 2027-02-28")
                        .reply()
                        .text())
                .contains("Cohort *spring-2026* created");
        assertThat(as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"")
                        .reply()
                        .text())
                .contains("Task *#1 Shop checkout* added");
        Outcome started = as("mod", "internship start @alice @bob 1 spring-2026");
        assertThat(started.reply().text()).contains("Internship #1 started").contains("<#ws-atelier-1-alice>");
        assertThat(platform.workspaces()).singleElement().satisfies(w -> {
            assertThat(w.intern().id()).isEqualTo("alice");
            assertThat(w.mentor().id()).isEqualTo("bob");
        });

        assertThat(as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-15")
                        .reply()
                        .text())
                .contains("M1 Checkout page");
        assertThat(as("alice", "milestone propose 1 \"Write tests\"").reply().text())
                .contains("Proposed *M2 Write tests*");
        assertThat(as("bob", "milestone confirm 2").reply().text()).contains("Confirmed");

        platform.clear();
        Outcome submitted = as("alice", "/submit 1 https://github.com/alice/shop/pull/3 \"first draft\"");
        assertThat(submitted.reply().text()).contains("Submitted *M1 Checkout page*");
        Notification card = platform.sent().get(0);
        assertThat(card.to()).isEqualTo(Destination.channel("ws-atelier-1-alice"));
        assertThat(card.message().buttons()).extracting(b -> b.label()).containsExactly("Approve", "Request changes");
        assertThat(platform.sent()).anySatisfy(n -> assertThat(n.to()).isEqualTo(Destination.direct("bob")));

        String requestChanges = card.message().buttons().get(1).actionId();
        assertThat(atelier.bot().press(caller("alice"), requestChanges).reply().text())
                .contains("Only the mentor");
        Outcome modal = atelier.bot().press(caller("bob"), requestChanges);
        assertThat(modal.isModal()).isTrue();
        Modal form = modal.modal();
        assertThat(form.inputs()).extracting(i -> i.name()).containsExactly("feedback");
        assertThat(atelier.bot()
                        .submitModal(caller("bob"), form.id(), Map.of("feedback", "add tests for the empty cart"))
                        .reply()
                        .text())
                .contains("Asked for changes on *M1 Checkout page*");

        assertThat(as("alice", "submit 1 https://github.com/alice/shop/pull/4")
                        .reply()
                        .text())
                .contains("Submitted");
        assertThat(as("bob", "review 1 approve").reply().text()).contains("Approved *M1");
        assertThat(as("bob", "review 1 approve").reply().text())
                .contains("is approved. An approved milestone is final")
                .doesNotContain("Approved *M1");

        as("alice", "submit 2 https://github.com/alice/shop/pull/5");
        Outcome last = as("bob", "review 2 approve");
        assertThat(last.reply().buttons())
                .singleElement()
                .satisfies(b -> assertThat(b.label()).isEqualTo("Complete internship"));
        String complete = last.reply().buttons().get(0).actionId();
        assertThat(atelier.bot().press(caller("alice"), complete).reply().text())
                .contains("Only the mentor");
        Modal review = atelier.bot().press(caller("bob"), complete).modal();
        assertThat(review.inputs())
                .extracting(i -> i.name())
                .containsExactly("score", "skills", "strengths", "endorsement");
        assertThat(atelier.bot()
                        .submitModal(
                                caller("bob"),
                                review.id(),
                                Map.of(
                                        "score",
                                        "9",
                                        "skills",
                                        "java, sql",
                                        "strengths",
                                        "careful tests",
                                        "endorsement",
                                        "Alice shipped a clean checkout."))
                        .reply()
                        .text())
                .contains("Internship #1 is complete");
        assertThat(as("alice", "submit 1 https://x.org").reply().text()).contains("completed; it accepts nothing");
        assertThat(as("alice", "status 1").reply().fields())
                .anySatisfy(f -> assertThat(f.value().markup()).isEqualTo("completed"));
    }
}
