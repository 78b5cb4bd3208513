package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Who is pinged, as it crosses the wire to the stand-in Discord: each post of a running internship lets
 * {@code allowed_mentions} ping exactly the member who must act next, never the one who acted, and what members
 * typed ({@code <@id>}, @everyone, @here, role mentions) pings nobody.
 */
class MentionsOnDiscordTest extends StandInFlowTest {

    private static final String TYPED = "ping <@" + MODERATOR + "> @everyone @here <@&555> <@!" + MENTOR + ">";

    @Test
    void eachPostPingsOnlyWhoActsNextAndTypedMentionsPingNobody() {
        // given a running internship
        slash(MODERATOR, "task", "add", Map.of("title", "Landing page", "description", "Build it"));
        assertNoWarning(
                slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MENTOR, "task", "1")));
        String workspace = workspace();

        // when the mentor adds a milestone whose criteria mention others, the intern (only) is pinged
        assertNoWarning(slash(
                MENTOR,
                "milestone",
                "add",
                Map.of("internship", "1", "title", "First draft", "criteria", "ADDED " + TYPED)));
        assertThat(pinged(posted(workspace, "added a milestone"))).containsExactly(INTERN);

        // when the intern proposes one, the mentor (only) is pinged
        assertNoWarning(slash(INTERN, "milestone", "propose", Map.of("internship", "1", "title", "Tests")));
        assertThat(pinged(posted(workspace, "proposes a milestone"))).containsExactly(MENTOR);

        // when the intern submits with notes that mention others, the card pings the mentor only
        assertNoWarning(slash(
                INTERN,
                "submit",
                null,
                Map.of("milestone", "1", "link", "https://example.org/draft", "notes", "NOTES " + TYPED)));
        RestCall card = posted(workspace, "submitted");
        assertThat(pinged(card)).containsExactly(MENTOR);
        assertThat(StandInFlowTest.text(card.body()))
                .doesNotContain("<@" + MODERATOR + ">")
                .doesNotContain("<@&555>");

        // when the mentor requests changes with feedback that mentions others, the intern only is pinged
        assertNoWarning(slash(
                MENTOR,
                "review",
                null,
                Map.of("milestone", "1", "verdict", "changes", "feedback", "FEEDBACK " + TYPED)));
        assertThat(pinged(posted(workspace, "FEEDBACK"))).containsExactly(INTERN);

        // when the intern asks with a question that mentions others, the card pings the mentor only
        assertNoWarning(slash(INTERN, "ask", null, Map.of("question", "QUESTION " + TYPED)));
        RestCall question = posted(workspace, "QUESTION");
        assertThat(pinged(question)).containsExactly(MENTOR);
        assertThat(StandInFlowTest.text(question.body())).doesNotContain("<@" + MODERATOR + ">");

        // then no post anywhere allowed mass or role pings, and typed mentions were never allowed
        assertOnlyIntendedPings();
        assertThat(discord.calls)
                .filteredOn(call -> call.body().hasKey("allowed_mentions"))
                .allSatisfy(call -> assertThat(pinged(call)).doesNotContain(MODERATOR));
    }

    /** The latest call that posted a message in the workspace containing {@code what}. */
    private RestCall posted(String workspace, String what) {
        AtomicReference<RestCall> found = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<RestCall> calls = discord.calls("POST", "/channels/" + workspace + "/messages").stream()
                    .filter(call -> StandInFlowTest.text(call.body()).contains(what))
                    .toList();
            assertThat(calls).as("posts with %s", what).isNotEmpty();
            found.set(calls.get(calls.size() - 1));
        });
        DataObject body = found.get().body();
        assertThat(body.hasKey("allowed_mentions"))
                .as("allowed_mentions of %s", body)
                .isTrue();
        return found.get();
    }
}
