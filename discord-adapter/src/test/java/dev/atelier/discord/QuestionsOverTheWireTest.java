package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions through the real JDA client and the stand-in Discord: the question card in the
 * workspace, the thread started from it, who may be pinged, the Resolve button, and the long-question
 * form behind {@code /ask} alone.
 */
class QuestionsOverTheWireTest extends StandInFlowTest {

    private String workspace;

    @BeforeEach
    void internship() {
        slash(MODERATOR, "task", "add", Map.of("title", "Landing page", "description", "Build the landing page"));
        assertNoWarning(
                slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MENTOR, "task", "1")));
        workspace = workspace();
    }

    @Test
    void askPostsTheCardStartsAThreadFromItAndPingsOnlyTheMentor() {
        // when the intern asks a question that mentions the moderator and @here
        Answer asked = slash(INTERN, "ask", null, Map.of("question", "How do I deploy? cc <@100> @here"));

        // then the card is posted in the workspace with a Resolve button, and a thread is started from it
        DataObject card = message(workspace, "Resolve");
        assertThat(text(card)).contains("How do I deploy?");
        RestCall thread = discord.calls(
                        "POST", "/channels/" + workspace + "/messages/" + card.getString("id") + "/threads")
                .get(0);
        assertThat(thread.body().getString("name")).startsWith("Q1 · How do I deploy?");
        String threadId = discord.channels.values().stream()
                .filter(c -> c.getInt("type") == 11)
                .map(c -> c.getString("id"))
                .findFirst()
                .orElseThrow();
        assertThat(asked.text())
                .contains("Asked **Q1** in a [thread](https://discord.com/channels/1000/" + threadId + ")");
        assertThat(text(message(threadId, "answer here"))).contains("<@" + MENTOR + ">");

        // and only the mentor, who answers next, is pinged: not the asker, nor the moderator or @here typed in the
        // question
        RestCall posted = request(card);
        assertThat(pinged(posted)).containsExactly(MENTOR);
        assertThat(posted.body().getString("content")).doesNotContain("<@" + MODERATOR + ">");
        assertThat(text(card)).doesNotContain("@here");
        assertOnlyIntendedPings();
    }

    @Test
    void theMentorResolvesWithTheButtonAndTheThreadIsTold() {
        // given a question
        slash(INTERN, "ask", null, Map.of("question", "Which branch do I deploy from?"));
        DataObject card = message(workspace, "Resolve");
        String threadId = discord.channels.values().stream()
                .filter(c -> c.getInt("type") == 11)
                .map(c -> c.getString("id"))
                .findFirst()
                .orElseThrow();

        // when the intern presses Resolve on the card
        Answer resolved = answer(
                interactions.press(INTERN, card.getString("id"), buttons(card).get("Resolve")));

        // then it is resolved, deferred privately first, and the thread hears of it
        assertThat(resolved.callback().getInt("type")).isEqualTo(5);
        assertThat(resolved.text()).contains("Resolved **Q1**");
        assertThat(text(message(threadId, "resolved **Q1**"))).isNotBlank();
        assertOnlyIntendedPings();
    }

    @Test
    void theMentorsQueueResolvesWithAButtonNotACommandToType() {
        // given a question waiting for the mentor
        slash(INTERN, "ask", null, Map.of("question", "Which branch do I deploy from?"));

        // when the mentor looks at the queue
        Answer queue = slash(MENTOR, "queue", null, Map.of());

        // then the answer carries a Resolve Q1 button, and no slash command to type
        Map<String, String> actions = queue.calls().stream()
                .map(call -> call.path().endsWith("/callback")
                        ? call.body().optObject("data").orElseGet(DataObject::empty)
                        : call.body())
                .map(StandInFlowTest::buttons)
                .filter(found -> !found.isEmpty())
                .reduce((first, last) -> last)
                .orElseGet(Map::of);
        assertThat(queue.text()).contains("Which branch do I deploy from?").doesNotContain("/resolve");
        assertThat(actions).containsKey("Resolve Q1");
    }

    @Test
    void askAloneOpensTheFormAtOnceAndItsSubmissionAsks() {
        // when the intern runs /ask without a question
        Answer form = answer(interactions.slash(INTERN, DiscordStandIn.COHORT_CHANNEL_ID, "ask", null, Map.of()));

        // then Discord is answered with the modal straight away (no deferral), and nothing is asked yet
        assertThat(form.calls()).hasSize(1);
        assertThat(form.callback().getInt("type")).isEqualTo(9);
        DataObject modal = form.callback().getObject("data");
        assertThat(InternshipOverTheWireTest.inputs(modal)).contains("question");
        assertThat(discord.channels.values()).noneMatch(c -> c.getInt("type") == 11);

        // when the form comes back
        Answer asked = answer(interactions.submit(
                INTERN,
                DiscordStandIn.COHORT_CHANNEL_ID,
                modal.getString("custom_id"),
                Map.of("question", "Which branch do I deploy from?")));

        // then the question is asked in a thread
        assertThat(asked.text()).contains("Asked **Q1** in a [thread](");
        assertThat(text(message(workspace, "Resolve"))).contains("Which branch do I deploy from?");
        assertThat(List.copyOf(discord.channels.values())).anyMatch(c -> c.getInt("type") == 11);
    }
}
