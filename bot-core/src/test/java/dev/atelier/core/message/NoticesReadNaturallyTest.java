package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.OnePairFlowTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workspace notice reads as a sentence about what happened: it starts with what happened and who did it,
 * and names the one who must act next inside the sentence (pinged there), never as a bare ping in front of it.
 */
class NoticesReadNaturallyTest extends OnePairFlowTest {

    private static final Destination WORKSPACE = Destination.channel("ws-atelier-1-alice");

    @Test
    void planningSubmittingAndReviewingPingTheOtherSideInsideTheSentence() {
        // when the mentor adds a milestone, the intern proposes one, submits, and the mentor reviews
        expectNotice(() -> as("bob", "milestone add 1 \"Checkout page\""), "alice");
        expectNotice(() -> as("alice", "milestone propose 1 \"Write tests\""), "bob");
        expectNotice(() -> as("bob", "milestone confirm 2"), "alice");
        expectNotice(() -> as("alice", "submit 1 https://example.org/pr/1"), "bob");
        expectNotice(() -> as("bob", "review 1 changes \"Show an error\""), "alice");
        expectNotice(() -> as("alice", "submit 1 https://example.org/pr/2"), "bob");
        expectNotice(() -> as("bob", "review 1 approve"), "alice");
    }

    @Test
    void welcomeNamesTheButtonsAndNoTypedCommand() {
        // when a second internship starts
        as("mod", "internship start @dave @bob 1");

        // then its welcome is short, pings the pair and points at the control message's buttons, with no command
        Notification welcome = platform.sent().stream()
                .filter(n -> n.message().plainText().contains("Welcome"))
                .findFirst()
                .orElseThrow();
        assertThat(welcome.message().mentionedMembers()).containsExactly("dave", "bob");
        assertThat(welcome.message().body().spans()).noneMatch(Span.Command.class::isInstance);
        assertThat(welcome.message().body().plain().lines()).hasSizeLessThanOrEqualTo(2);
        assertThat(platform.sent())
                .filteredOn(n -> n.living() != null && n.living().pin())
                .singleElement()
                .satisfies(control -> assertThat(control.message().buttons())
                        .extracting(Button::label)
                        .contains("Submit work", "Add a milestone"));
    }

    /** The one workspace post {@code action} sends starts without a ping and pings exactly {@code next}. */
    private void expectNotice(Runnable action, String next) {
        platform.clear();
        action.run();
        List<Notification> posts = platform.sent().stream()
                .filter(n -> n.to().equals(WORKSPACE) && !n.isEdit())
                .toList();
        assertThat(posts).as("workspace posts").hasSize(1);
        Message post = posts.get(0).message();
        assertThat(post.body().spans().get(0)).as(post.text()).isNotInstanceOf(Span.MemberMention.class);
        assertThat(post.mentionedMembers()).as(post.text()).containsExactly(next);
    }
}
