package dev.atelier.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Span;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.CoreFlowTest;
import dev.atelier.core.testing.RecordingPlatform;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #interns 2026-12-01 2027-02-28");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        assertThat(as("mod", "internship start @alice @bob 1 spring-2026")
                        .reply()
                        .text())
                .contains("started");
        platform.clear();
    }

    @Test
    void anInternAsksTheMentorSeesItWaitingAndTheResolveButtonClosesIt() {
        Outcome asked = as("alice", "ask \"How do I run the integration tests?\"");
        assertThat(asked.reply().text()).contains("Asked *Q1* in a").contains("thread>");
        assertThat(asked.reply().buttons())
                .as("the card's Resolve button is the only one")
                .isEmpty();
        RecordingPlatform.ThreadPost card = platform.threadPosts().get(0);
        assertThat(card.thread().channelId()).isEqualTo("ws-atelier-1-alice");
        assertThat(card.message().text()).contains("<@bob>").contains("How do I run the integration tests?");
        // the card pinged the mentor: no DM tells them again
        assertThat(platform.sent()).noneMatch(n -> n.to().equals(Destination.direct("bob")));
        Button resolve = card.message().buttons().get(0);
        assertThat(resolve.label()).isEqualTo("Resolve");

        assertThat(as("bob", "queue").reply().text()).contains("Q1").contains("How do I run the integration tests?");
        assertThat(atelier.bot()
                        .press(caller(SHOP, "carol"), resolve.actionId())
                        .reply()
                        .text())
                .contains("Only");
        assertThat(atelier.bot()
                        .press(caller(SHOP, "bob"), resolve.actionId())
                        .reply()
                        .text())
                .contains("Resolved *Q1*");
        assertThat(as("bob", "queue").reply().text()).contains("Nothing waits for you");

        assertThat(as("alice", "reopen 1").reply().text()).contains("Reopened *Q1*");
        assertThat(as("bob", "queue").reply().text()).contains("Q1");
        assertThat(as("alice", "resolve 1").reply().text()).contains("Resolved");
    }

    @Test
    void theQueueListsQuestionsAndSubmissionsOldestFirst() {
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-15");
        as("alice", "ask \"First question\"");
        clock.advance(Duration.ofHours(1));
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");
        clock.advance(Duration.ofHours(1));
        as("alice", "ask \"Second question\"");

        String queue = as("bob", "queue").reply().text();
        assertThat(queue).contains("First question").contains("M1").contains("Second question");
        assertThat(queue.indexOf("First question")).isLessThan(queue.indexOf("M1"));
        assertThat(queue.indexOf("M1")).isLessThan(queue.indexOf("Second question"));
        assertThat(as("alice", "queue").reply().text()).contains("Nothing waits for you");
    }

    @Test
    void theQueueActsWithButtonsNotWithCommandsToType() {
        as("bob", "milestone add 1 \"Checkout page\"");
        as("alice", "ask \"First question\"");
        clock.advance(Duration.ofHours(1));
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");

        Message queue = as("bob", "queue").reply();

        assertThat(queue.buttons())
                .extracting(Button::label, Button::command)
                .containsExactly(
                        tuple("Resolve Q1", "resolve 1"),
                        tuple("Approve M1", "review 1 approve"),
                        tuple("Request changes on M1", "review 1 changes"));
        assertThat(queue.body().spans()).noneMatch(Span.Command.class::isInstance);

        Outcome resolved =
                atelier.bot().press(caller("bob"), queue.buttons().get(0).actionId());

        assertThat(resolved.reply().body().plain()).contains("Resolved Q1");
        assertThat(as("bob", "queue").reply().buttons())
                .extracting(Button::label)
                .containsExactly("Approve M1", "Request changes on M1");
    }

    @Test
    void statusShowsQuestionsAskedOpenAndTheMedianTimeToAFirstReply() {
        as("alice", "ask \"First\"");
        as("alice", "ask \"Second\"");
        as("alice", "ask \"Third\"");
        assertThat(as("alice", "status").reply().text()).contains("3 questions asked · 3 open · no replies yet");

        QuestionStore store = MongoStores.create(atelier.mongo()).questions();
        replied(store, 1, "bob", Duration.ofMinutes(30));
        replied(store, 2, "carol", Duration.ofMinutes(90));
        as("bob", "resolve 2");

        assertThat(as("bob", "status").reply().text()).contains("3 questions asked · 1 open · median first reply 1 h");
        assertThat(as("mod", "status").reply().text()).contains("3 questions asked");
        assertThat(as("bob", "queue").reply().text()).contains("Third").doesNotContain("First");
    }

    private void replied(QuestionStore store, long number, String by, Duration after) {
        Question q = store.find(SHOP.id(), number).orElseThrow();
        q.replied(by, q.data().askedAt().plus(after));
        store.save(q);
    }

    @Test
    void aKeptAnswerIsFoundByTheCohortAndSearchedByWords() {
        as("alice", "ask \"How do I run the integration tests?\"");
        as("alice", "ask \"Where is the style guide?\"");
        assertThat(as("alice", "resolve 1 resource \"Tests\"").reply().text())
                .contains("Only the mentor or a moderator keeps");
        assertThat(as("bob", "resolve 1 resource \"Running integration tests\" \"mvn verify -Pit\"")
                        .reply()
                        .text())
                .contains("Kept as a 📚 resource");
        as("bob", "resolve 2 practice \"Follow the style guide\" \"docs/STYLE.md\"");

        assertThat(as("alice", "resources").reply().text())
                .contains("Running integration tests")
                .contains("Follow the style guide")
                .contains("mvn verify -Pit");
        assertThat(as("alice", "resources \"INTEGRATION mvn\"").reply().text())
                .contains("Running integration tests")
                .doesNotContain("style guide");
        assertThat(as("alice", "resources kubernetes").reply().text()).contains("Nothing kept yet in spring-2026");
        assertThat(as("alice", "ask \"Running the integration tests fails again\"")
                        .reply()
                        .text())
                .contains("Maybe already answered")
                .contains("Running integration tests")
                .doesNotContain("style guide");
        assertThat(as("alice", "ask \"Unrelated thing about deployment\"")
                        .reply()
                        .text())
                .doesNotContain("Maybe already answered");
        assertThat(as("carol", "resources").reply().text()).contains("in no internship of a cohort");
        assertThat(in(OTHER, "mod", "resources cohort:spring-2026").reply().text())
                .contains("Nothing kept yet");
    }

    @Test
    void askingWithoutAnInternshipOrWithNothingToAskIsRefusedAndStoresNothing() {
        assertThat(as("bob", "ask \"Can I ask?\"").reply().text()).contains("intern of an active internship");
        assertThat(as("carol", "ask \"Can I ask?\"").reply().text()).contains("intern of an active internship");
        assertThat(as("alice", "ask \"   \"").reply().text()).contains("Write your question after `ask`");
        assertThat(as("alice", "ask \"" + "x".repeat(1501) + "\"").reply().text())
                .contains("1500");
        assertThat(platform.sent()).isEmpty();
        assertThat(as("bob", "queue").reply().text()).contains("Nothing waits for you");
    }

    @Test
    void questionsNeverCrossCommunities() {
        as("alice", "ask \"Shop question\"");
        assertThat(in(OTHER, "alice", "ask \"Other question\"").reply().text())
                .contains("intern of an active internship");
        assertThat(in(OTHER, "bob", "queue").reply().text()).contains("Nothing waits for you");
        assertThat(in(OTHER, "alice", "resolve 1").reply().text()).contains("There is no question 1 here");
        assertThat(as("bob", "queue").reply().text()).contains("Shop question");
    }
}
