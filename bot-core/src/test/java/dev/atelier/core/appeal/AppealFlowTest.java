package dev.atelier.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appeals through the real core: filed by the intern once, sent to the moderators, decided, on the timeline. */
class AppealFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #cohort");
        as("mod", "moderator add @carol");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("alice", "submit 1 https://example.org/pr/1");
    }

    @Test
    void a_request_for_changes_is_appealed_once_decided_by_a_moderator_and_every_step_is_seen() {
        Outcome changes = as("bob", "review 1 changes \"add tests\"");
        assertThat(changes.notifications()).anySatisfy(n -> assertThat(n.message().buttons())
                .anySatisfy(b -> assertThat(b.command()).isEqualTo("appeal milestone 1")));
        assertThat(as("bob", "appeal milestone 1 \"no\"").reply().text()).contains("Only the intern");
        Outcome filed = as("alice", "appeal milestone 1 \"The tests are in the PR\"");
        assertThat(filed.reply().text()).contains("Appeal A1 on M1 Checkout page review 1", "not your mentor");
        assertThat(filed.notifications()).extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("carol"), Destination.direct("mod"));
        assertThat(as("alice", "appeal milestone 1 \"again\"").reply().text()).contains("can be appealed once");

        assertThat(as("alice", "appeal decide 1 change \"ok\"").reply().text()).contains("Only moderators");
        assertThat(as("carol", "appeal decide 1 second \"look\" @bob").reply().text()).contains("other than");
        Outcome second = as("carol", "appeal decide 1 second \"Please look again\" @dave");
        assertThat(second.notifications()).extracting(Notification::to).contains(Destination.direct("dave"),
                Destination.direct("alice"), Destination.direct("bob"));
        assertThat(as("eve", "appeal review 1 change \"fine\"").reply().text()).contains("Only the second reviewer");
        Outcome view = as("dave", "appeal review 1 change \"The tests cover it\"");
        assertThat(view.notifications()).extracting(Notification::to).contains(Destination.direct("carol"));
        assertThat(as("mod", "appeal list").reply().text()).contains("A1 M1 Checkout page review 1");

        Outcome changed = as("carol", "appeal decide 1 change \"Approved on the second review\"");
        assertThat(changed.reply().text()).contains("the milestone is approved");
        assertThat(as("mod", "appeal decide 1 uphold \"no\"").reply().text()).contains("decided already");
        assertThat(as("mod", "appeal list").reply().text()).contains("No open appeals");
        Outcome plan = as("bob", "status 1");
        assertThat(plan.reply().text()).contains("M1 Checkout page* — approved");
        assertThat(plan.reply().fields()).anySatisfy(f -> assertThat(f.value()).contains(
                "appealed M1 Checkout page review 1 (A1)", "second review of appeal A1: change",
                "appeal A1: changed M1 Checkout page review 1"));
    }

    @Test
    void an_internship_decision_can_be_appealed_only_once_it_exists() {
        assertThat(as("alice", "appeal internship 1 \"unfair\"").reply().text()).contains("no decision to appeal");
        as("bob", "review 1 approve");
        Outcome withheld = as("alice", "appeal internship 1 \"all approved, not completed\"");
        assertThat(withheld.reply().text()).contains("internship #1 completion withheld");
        assertThat(as("mod", "appeal decide 1 uphold \"The client still reviews it\"").notifications())
                .extracting(Notification::to).contains(Destination.direct("alice"), Destination.direct("bob"));
        assertThat(in(OTHER, "mod", "appeal decide 1 change \"x\"").reply().text()).contains("no appeal A1");
    }
}
