package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Through the real JDA client and the stand-in, nobody is told the same thing twice: the mentor hears of a
 * question once (its card in the workspace pings them; no DM), the submission DM links to the workspace
 * instead of carrying a second set of review buttons, and the pay statement's shares are a list under its
 * label.
 */
class NoRepeatsOnDiscordTest extends StandInFlowTest {

    @Test
    void theMentorIsToldOnceAndTheNudgePointsToTheCard() {
        // given an internship on a paid task with a planned milestone
        slash(
                MODERATOR,
                "task",
                "add",
                Map.of("title", "Landing page", "description", "Build it", "budget", "300 USD"));
        Answer started =
                slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MENTOR, "task", "1"));
        // the moderator's answer names the pair without pinging them (the welcome post does)
        assertThat(started.calls())
                .filteredOn(call -> call.body().hasKey("allowed_mentions"))
                .allSatisfy(call -> assertThat(pinged(call)).isEmpty());
        String workspace = workspace();
        slash(MENTOR, "milestone", "add", Map.of("internship", "1", "title", "First draft"));

        // when the intern asks, then submits
        slash(INTERN, "ask", null, Map.of("question", "Which font should the page use?"));
        slash(INTERN, "submit", null, Map.of("milestone", "1", "link", "https://example.org/draft"));

        // then the mentor's DM holds the submission nudge, linking the card itself, without buttons
        DataObject nudge = message("7" + MENTOR, "for your review");
        DataObject submitted = message(workspace, "to review");
        assertThat(nudge.getString("content", "") + text(nudge))
                .contains("(https://discord.com/channels/" + DiscordStandIn.GUILD_ID + "/" + workspace + "/"
                        + submitted.getString("id") + ")");
        assertThat(buttons(nudge)).isEmpty();
        // and not the question, which the card in the workspace pinged the mentor about
        assertThat(discord.messagesIn("7" + MENTOR)).noneMatch(m -> text(m).contains("Which font"));
        DataObject card = message(workspace, "Which font");
        assertThat(pinged(request(card))).containsExactly(MENTOR);

        // when the mentor approves and completes
        slash(MENTOR, "review", null, Map.of("milestone", "1", "verdict", "approve"));
        slash(
                MENTOR,
                "internship",
                "complete",
                Map.of(
                        "internship",
                        "1",
                        "score",
                        "9",
                        "skills",
                        "html",
                        "strengths",
                        "Clean markup",
                        "endorsement",
                        "Ada built the page."));

        // then the statement in the workspace is a field whose value lists one share per line
        DataObject complete = message(workspace, "Pay statement");
        DataArray fields = complete.getArray("embeds").getObject(0).getArray("fields");
        String pay = null;
        for (int f = 0; f < fields.length(); f++) {
            if (fields.getObject(f).getString("name").startsWith("Pay statement")) {
                pay = fields.getObject(f).getString("value");
            }
        }
        assertThat(pay).isNotNull();
        assertThat(pay.lines()).hasSize(2).allMatch(line -> line.startsWith("• "));
        assertThat(pay).startsWith("• intern <@" + INTERN + ">: 255.00 USD");
    }
}
