package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * A whole internship through the real JDA client and the stand-in Discord: interactions go in over
 * the gateway, and the test reads what the adapter sent over REST: the workspace channel and its
 * permission overwrites, messages with their buttons and allowed mentions, modals, and the deferred
 * replies filled in through the interaction webhook.
 */
class InternshipOverTheWireTest extends StandInFlowTest {

    @Test
    void startMilestoneSubmitReviewWithButtonsAndCompleteOnTheWire() {
        // given a cohort on the cohort channel and a paid task
        assertNoWarning(slash(
                MODERATOR, "cohort", "create", Map.of("name", "spring", "channel", DiscordStandIn.COHORT_CHANNEL_ID)));
        assertNoWarning(slash(
                MODERATOR,
                "task",
                "add",
                Map.of("title", "Landing page", "description", "Build the landing page", "budget", "300 USD")));

        // when the moderator starts an internship
        Answer started = slash(
                MODERATOR,
                "internship",
                "start",
                Map.of("intern", INTERN, "mentor", MENTOR, "task", "1", "cohort", "spring"));

        // then a workspace channel is created in the cohort's category, hidden from everyone but the pair, the
        // moderator role (it has Manage Server) and the bot
        RestCall created = discord.calls("POST", "/guilds/1000/channels").get(0);
        assertThat(created.body().getInt("type")).isZero();
        assertThat(created.body().getString("parent_id")).isEqualTo(DiscordStandIn.CATEGORY_ID);
        assertThat(overwrites(created.body().getArray("permission_overwrites")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "role 1000",
                        "allow 0 deny " + DiscordWorkspaceProvisioner.HIDDEN,
                        "role " + DiscordStandIn.MODERATOR_ROLE_ID,
                        "allow " + DiscordWorkspaceProvisioner.MEMBER_ALLOW + " deny 0",
                        "member 101",
                        "allow " + DiscordWorkspaceProvisioner.MEMBER_ALLOW + " deny 0",
                        "member 102",
                        "allow " + DiscordWorkspaceProvisioner.MEMBER_ALLOW + " deny 0",
                        "member 900",
                        "allow " + DiscordWorkspaceProvisioner.BOT_ALLOW + " deny 0"));
        String workspace = workspace();
        assertThat(started.text()).contains("Internship #1 started", "<#" + workspace + ">");
        assertThat(pinged(request(message(workspace, "Welcome")))).containsExactlyInAnyOrder(INTERN, MENTOR);

        // when the mentor plans a milestone and the intern logs hours and submits it
        assertNoWarning(slash(MENTOR, "milestone", "add", Map.of("internship", "1", "title", "First draft")));
        assertNoWarning(slash(INTERN, "log", null, Map.of("hours", "12")));
        Answer submitted = slash(INTERN, "submit", null, Map.of("milestone", "1", "link", "https://example.org/draft"));

        // then the workspace shows the submission with Approve and Request changes, and a DM points the mentor there
        assertThat(submitted.text()).contains("Submitted");
        DataObject submission = message(workspace, "Request changes");
        assertThat(buttons(submission)).containsKeys("Approve", "Request changes");
        assertThat(text(submission)).contains("https://example.org/draft");
        assertThat(pinged(request(submission))).containsExactly(MENTOR);
        assertThat(buttons(message("7" + MENTOR, "submitted"))).isEmpty();

        // when the mentor presses Request changes: Discord gets a modal (callback type 9), not a deferral
        Answer pressed = answer(interactions.press(
                MENTOR, submission.getString("id"), buttons(submission).get("Request changes")));
        assertThat(pressed.callback().getInt("type")).isEqualTo(9);
        DataObject form = pressed.callback().getObject("data");
        assertThat(inputs(form)).contains("feedback");

        // and submits it with feedback
        assertNoWarning(answer(interactions.submit(
                MENTOR, workspace, form.getString("custom_id"), Map.of("feedback", "Please add a footer"))));
        assertThat(text(message(workspace, "requested changes"))).contains("Please add a footer");

        // when the intern resubmits and the mentor approves with the button
        slash(INTERN, "submit", null, Map.of("milestone", "1", "link", "https://example.org/draft-2"));
        DataObject resubmission = message(workspace, "resubmitted");
        Answer approved = answer(interactions.press(
                MENTOR, resubmission.getString("id"), buttons(resubmission).get("Approve")));

        // then the press was deferred privately, and the private answer offers to complete the internship
        assertThat(approved.callback().getInt("type")).isEqualTo(5);
        assertThat(approved.callback().getObject("data").getInt("flags")).isEqualTo(64);
        assertNoWarning(approved);
        message(workspace, "approved <@");
        DataObject privateAnswer = discord.messages.get(
                discord.originals.get(approved.interaction().token()));
        assertThat(buttons(privateAnswer)).containsKey("Complete internship");

        // when the mentor presses Complete internship and fills in the final review
        Answer completing = answer(interactions.press(
                MENTOR, privateAnswer.getString("id"), buttons(privateAnswer).get("Complete internship")));
        assertThat(completing.callback().getInt("type")).isEqualTo(9);
        Answer completed = answer(interactions.submit(
                MENTOR,
                workspace,
                completing.callback().getObject("data").getString("custom_id"),
                Map.of(
                        "score",
                        "9",
                        "skills",
                        "html, css",
                        "strengths",
                        "Clean markup",
                        "endorsement",
                        "Ada built the page.")));

        // then the internship is complete, announced in the workspace, and the intern gets the credential by DM
        assertThat(completed.text()).contains("Internship #1 is complete");
        assertThat(text(message(workspace, "is complete"))).contains("/credentials/");
        assertThat(discord.calls("POST", "/users/@me/channels"))
                .anyMatch(call -> INTERN.equals(call.body().getString("recipient_id")));
        assertThat(text(message("7" + INTERN, "Rate the mentorship"))).contains("/credentials/");
        assertOnlyIntendedPings();
    }

    /** The custom ids of a modal's text inputs. */
    static java.util.List<String> inputs(DataObject modal) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        DataArray rows = modal.getArray("components");
        for (int i = 0; i < rows.length(); i++) {
            DataObject row = rows.getObject(i);
            DataObject input = row.optObject("component")
                    .orElseGet(() -> row.getArray("components").getObject(0));
            ids.add(input.getString("custom_id"));
        }
        return ids;
    }
}
