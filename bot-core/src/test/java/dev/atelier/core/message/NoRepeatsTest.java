package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.OnePairFlowTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nobody is told the same thing twice: the mentor hears of a question once (the workspace card pings them;
 * a DM only where no card could be posted), a nudge by DM points to the card in the workspace instead of
 * carrying a second set of live buttons, and a pay statement lists its shares under its label.
 */
class NoRepeatsTest extends OnePairFlowTest {

    @Test
    void aQuestionReachesTheMentorOnceByItsCardInTheWorkspace() {
        // when the intern asks
        Outcome asked = as("alice", "ask \"Which card do I test with?\"");

        // then the card in the workspace pings the mentor, and no DM repeats it
        assertThat(asked.notifications()).isEmpty();
        assertThat(platform.sent()).noneMatch(n -> n.to() instanceof Destination.Direct);
        assertThat(platform.threadPosts().get(0).message().mentionedMembers()).containsExactly("bob");
    }

    @Test
    void aQuestionWithoutAThreadReachesTheMentorByDmWithTheWholeCard() {
        // given the platform refuses threads in the workspace
        platform.refuseThreads("Missing permission");

        // when the intern asks
        Outcome asked = as("alice", "ask \"Which card do I test with?\"");

        // then the mentor gets the card by DM, falling back to the workspace, which has no post of it
        assertThat(asked.notifications()).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(Destination.direct("bob"));
            assertThat(n.fallback()).isEqualTo(Destination.channel("ws-atelier-1-alice"));
            assertThat(n.message().plainText()).contains("Which card do I test with?");
            assertThat(n.message().mentionedMembers()).containsExactly("bob");
        });
        assertThat(platform.threadPosts()).isEmpty();
    }

    @Test
    void theSubmissionNudgePointsToTheCardWhoseButtonsAreTheOnlyOnes() {
        // given a planned milestone
        as("bob", "milestone add 1 \"Checkout page\"");
        platform.clear();

        // when the intern submits it
        as("alice", "submit 1 https://example.org/pr/1");

        // then the workspace card has the review buttons, and the mentor's DM has none but links the card itself
        Notification card = only(Destination.channel("ws-atelier-1-alice"));
        Notification nudge = only(Destination.direct("bob"));
        assertThat(card.message().buttons()).extracting(Button::label).containsExactly("Approve", "Request changes");
        assertThat(nudge.message().buttons()).isEmpty();
        assertThat(nudge.message().body().spans())
                .contains(new Span.PostLink(card.living().key(), "ws-atelier-1-alice", "its card"));
        assertThat(nudge.message().plainText()).contains("for your review", "Approve and Request changes");
    }

    @Test
    void theProposalNudgePointsToTheCardToo() {
        // when the intern proposes a milestone
        as("alice", "milestone propose 1 \"Write tests\"");

        // then only the workspace post carries Confirm; the mentor's DM links to it
        assertThat(only(Destination.channel("ws-atelier-1-alice")).message().buttons())
                .extracting(Button::label)
                .containsExactly("Confirm");
        Notification card = only(Destination.channel("ws-atelier-1-alice"));
        Notification nudge = only(Destination.direct("bob"));
        assertThat(nudge.message().buttons()).isEmpty();
        assertThat(nudge.message().body().spans())
                .contains(new Span.PostLink(card.living().key(), "ws-atelier-1-alice", "its card"));
    }

    @Test
    void withoutAWorkspaceTheOneWhoActedGetsNoCopyOfTheirOwnNews() {
        // given a pair whose workspace the platform refused
        platform.refuseWorkspaces("Missing permission");
        as("mod", "task add \"Search\" \"Add search\"");
        as("mod", "internship start @carol @dan 2");
        platform.clear();

        // when the mentor adds a milestone
        Outcome added = as("dan", "milestone add 2 \"Index pages\"");

        // then only the intern hears of it by DM; the mentor has their reply
        assertThat(added.reply().plainText()).contains("Added to internship #2");
        assertThat(added.notifications()).extracting(Notification::to).containsExactly(Destination.direct("carol"));
    }

    @Test
    void aPayStatementListsItsSharesUnderItsLabel() {
        // given a completed internship
        as("bob", "milestone add 1 \"Checkout page\"");
        as("alice", "log 3");
        as("alice", "submit 1 https://example.org/pr/1");
        as("bob", "review 1 approve");
        as("bob", "internship complete 1 9 java \"Careful\" \"Alice built it.\"");

        // when the intern reads the statement
        Message statement = as("alice", "internship statement 1").reply();

        // then the shares are a list of their own, one item each, below the label
        Field pay = statement.fields().stream()
                .filter(f -> f.name().startsWith("Pay statement"))
                .findFirst()
                .orElseThrow();
        List<Span> spans = pay.value().spans();
        assertThat(spans.get(0)).isInstanceOf(Span.Bullet.class);
        assertThat(spans).filteredOn(Span.Bullet.class::isInstance).hasSize(2);
        assertThat(statement.plainText())
                .contains("Pay statement (intern 85% mentor 15%):\n• intern @alice: 340.00 USD (3 h)\n• mentor @bob:");
    }

    private Notification only(Destination to) {
        List<Notification> found =
                platform.sent().stream().filter(n -> n.to().equals(to)).toList();
        assertThat(found).as("sent to %s", to).hasSize(1);
        return found.get(0);
    }
}
