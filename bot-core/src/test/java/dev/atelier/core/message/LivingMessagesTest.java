package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.OnePairFlowTest;
import dev.atelier.core.testing.RecordingPlatform.Edit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Living messages in the core, on the console's recording platform: each living post is kept under
 * its aggregate's key when delivered, and a change of state edits exactly that message, through the
 * outbox; a stale button changes nothing.
 */
class LivingMessagesTest extends OnePairFlowTest {

    @Test
    void anAnsweredCheckinPromptSaysSoAndLosesItsButton() {
        // given a check-in prompt in alice's DMs
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        round();
        assertThat(prompts()).hasSize(1);
        assertThat(prompts().get(0).message().title()).contains("Check-in #1");

        // when she answers it
        as("alice", "checkin answer \"cart page\" none \"payment form\" 4");

        // then the prompt, where it was delivered, shows it answered without buttons
        Edit edit = platform.edits().get(0);
        assertThat(edit.at()).isEqualTo(new MessageRef("alice", edit.at().messageId()));
        assertThat(edit.message().title()).contains("Check-in #1");
        assertThat(edit.message().text()).contains("Answered");
        assertThat(edit.message().buttons()).isEmpty();
    }

    @Test
    void aReviewEditsTheCardOfTheSubmissionItReviewed() {
        // given a submitted milestone
        as("bob", "milestone add 1 \"Cart page\"");
        as("alice", "submit 1 https://example.org/cart");
        Notification card = platform.sent().stream()
                .filter(n -> n.living() != null)
                .findFirst()
                .orElseThrow();
        assertThat(card.message().buttons()).extracting(Button::label).contains("Approve");

        // when bob asks for changes
        as("bob", "review 1 changes \"add tests\"");

        // then that card shows the verdict without buttons
        assertThat(platform.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.at().channelId()).isEqualTo("ws-atelier-1-alice");
            assertThat(edit.message().text()).contains("Changes requested by @bob");
            assertThat(edit.message().mentionedMembers()).isEmpty();
            assertThat(edit.message().buttons()).isEmpty();
        });

        // when he approves the resubmission, and then presses Approve once more
        as("alice", "submit 1 https://example.org/cart-2");
        as("bob", "review 1 approve");
        Outcome stale = as("bob", "review 1 approve");

        // then the new card was edited, the first one not again, and the stale press changed nothing
        List<Edit> edits = platform.edits();
        assertThat(edits).hasSize(2);
        assertThat(edits.get(1).at()).isNotEqualTo(edits.get(0).at());
        assertThat(edits.get(1).message().text()).contains("Approved by @bob");
        assertThat(stale.reply().ephemeral()).isTrue();
        assertThat(stale.reply().text()).contains("approved", "final");
    }

    @Test
    void resolvingClosesTheQuestionsThreadAndReopeningOpensIt() {
        // given a question with its thread
        as("alice", "ask \"Which test card works?\"");
        var thread = platform.threads().get(0);

        // when bob resolves it
        as("bob", "resolve 1");

        // then its card loses Resolve, and its thread is archived under a resolved name
        Edit resolved = platform.edits().get(0);
        assertThat(resolved.at()).isEqualTo(new MessageRef(thread.channelId(), thread.threadId()));
        assertThat(resolved.message().buttons()).isEmpty();
        assertThat(resolved.thread()).isNotNull();
        assertThat(resolved.thread().archived()).isTrue();
        assertThat(resolved.thread().name()).startsWith("✅ Q1");

        // when resolving again, then a private refusal and no edit
        assertThat(as("alice", "resolve 1").reply().text()).contains("already resolved");
        assertThat(platform.edits()).hasSize(1);

        // when alice reopens it
        as("alice", "reopen 1");

        // then the card offers Resolve again and the thread is open under its own name
        Edit reopened = platform.edits().get(1);
        assertThat(reopened.message().buttons()).extracting(Button::label).contains("Resolve");
        assertThat(reopened.thread().archived()).isFalse();
        assertThat(reopened.thread().name()).startsWith("Q1 ·");
    }
}
