package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Living messages through the real JDA client and the stand-in Discord: the submission card, the
 * question card and its thread are edited in place (PATCH) when their state changes, lose the buttons
 * whose moment has passed, and a stale button pressed anyway gets a private refusal and changes nothing.
 */
class LivingMessagesOnDiscordTest extends StandInFlowTest {

    private String workspace;

    @BeforeEach
    void internship() {
        slash(MODERATOR, "task", "add", Map.of("title", "Landing page", "description", "Build the landing page"));
        assertNoWarning(
                slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MENTOR, "task", "1")));
        workspace = workspace();
        assertNoWarning(slash(MENTOR, "milestone", "add", Map.of("internship", "1", "title", "First draft")));
    }

    @Test
    void theSubmissionCardShowsEachReviewAndLosesItsButtons() {
        // given a submission card with Approve and Request changes
        slash(INTERN, "submit", null, Map.of("milestone", "1", "link", "https://example.org/draft"));
        DataObject card = message(workspace, "Request changes");
        String cardId = card.getString("id");

        // when the mentor asks for changes through the button and its form
        Answer pressed = answer(interactions.press(MENTOR, cardId, buttons(card).get("Request changes")));
        assertNoWarning(answer(interactions.submit(
                MENTOR,
                workspace,
                pressed.callback().getObject("data").getString("custom_id"),
                Map.of("feedback", "Please add a footer"))));

        // then the card is edited in place: it says changes were requested and has no buttons any more
        RestCall changed = awaitEdit(workspace, cardId, 1);
        assertThat(StandInFlowTest.text(changed.body())).contains("Changes requested", "<@" + MENTOR + ">");
        assertThat(changed.body().getArray("components").length()).isZero();
        assertThat(pinged(changed)).isEmpty();
        assertThat(buttons(discord.messages.get(cardId))).isEmpty();

        // when the intern resubmits and the mentor approves with the button on the new card
        slash(INTERN, "submit", null, Map.of("milestone", "1", "link", "https://example.org/draft-2"));
        DataObject second = message(workspace, "resubmitted");
        String secondId = second.getString("id");
        String approve = buttons(second).get("Approve");
        assertNoWarning(answer(interactions.press(MENTOR, secondId, approve)));

        // then the new card shows the approval without buttons, and the first card keeps its verdict
        RestCall approved = awaitEdit(workspace, secondId, 1);
        assertThat(StandInFlowTest.text(approved.body())).contains("Approved by <@" + MENTOR + ">");
        assertThat(approved.body().getArray("components").length()).isZero();
        assertThat(edits(workspace, cardId)).hasSize(1);

        // when the mentor presses the stale Approve of the approved card anyway
        Answer stale = answer(interactions.press(MENTOR, secondId, approve));

        // then only they see a refusal, and nothing is posted or edited
        assertThat(stale.text()).contains("approved", "final");
        assertThat(stale.callback().getObject("data").getInt("flags")).isEqualTo(64);
        assertThat(edits(workspace, secondId)).hasSize(1);
        assertOnlyIntendedPings();
    }

    @Test
    void aResolvedQuestionLosesResolveAndItsThreadClosesUntilReopened() {
        // given a question with its card and thread
        slash(INTERN, "ask", null, Map.of("question", "Which branch do I deploy from?"));
        DataObject card = message(workspace, "Resolve");
        String cardId = card.getString("id");
        String resolve = buttons(card).get("Resolve");
        String threadId = cardId;
        assertThat(discord.channels.get(threadId).getInt("type")).isEqualTo(11);

        // when the mentor answers in the thread
        interactions.message(MENTOR, threadId, "Deploy from main.");

        // then the card says it is answered and keeps Resolve
        RestCall answered = awaitEdit(workspace, cardId, 1);
        assertThat(StandInFlowTest.text(answered.body())).contains("Answered by <@" + MENTOR + ">");
        assertThat(buttons(answered.body())).containsKey("Resolve");

        // when the intern presses Resolve
        assertNoWarning(answer(interactions.press(INTERN, cardId, resolve)));

        // then the card loses its buttons, and the thread is renamed as resolved and archived
        RestCall resolved = awaitEdit(workspace, cardId, 2);
        assertThat(StandInFlowTest.text(resolved.body())).contains("Resolved");
        assertThat(resolved.body().getArray("components").length()).isZero();
        RestCall closed = awaitThreadChange(threadId, 1);
        assertThat(closed.body().getBoolean("archived")).isTrue();
        assertThat(closed.body().getString("name")).startsWith("✅ Q1 · Which branch");

        // when Resolve is pressed again on the old card
        Answer stale = answer(interactions.press(MENTOR, cardId, resolve));

        // then a private refusal, and no new edit
        assertThat(stale.text()).contains("already resolved");
        assertThat(edits(workspace, cardId)).hasSize(2);

        // when the intern reopens it
        assertNoWarning(slash(INTERN, "reopen", null, Map.of("question", "1")));

        // then the card has Resolve again and the thread is open under its own name
        RestCall reopened = awaitEdit(workspace, cardId, 3);
        assertThat(buttons(reopened.body())).containsKey("Resolve");
        RestCall opened = awaitThreadChange(threadId, 2);
        assertThat(opened.body().getBoolean("archived")).isFalse();
        assertThat(opened.body().getString("name")).startsWith("Q1 · Which branch");
        assertOnlyIntendedPings();
    }

    private List<RestCall> edits(String channelId, String messageId) {
        return discord.calls("PATCH", "/channels/" + channelId + "/messages/" + messageId);
    }

    private RestCall awaitEdit(String channelId, String messageId, int count) {
        await().atMost(PATIENCE).until(() -> edits(channelId, messageId).size() >= count);
        return edits(channelId, messageId).get(count - 1);
    }

    private RestCall awaitThreadChange(String threadId, int count) {
        await().atMost(PATIENCE)
                .until(() -> discord.calls("PATCH", "/channels/" + threadId).stream()
                                .filter(call -> call.body().hasKey("name"))
                                .count()
                        >= count);
        return discord.calls("PATCH", "/channels/" + threadId).stream()
                .filter(call -> call.body().hasKey("name"))
                .toList()
                .get(count - 1);
    }
}
