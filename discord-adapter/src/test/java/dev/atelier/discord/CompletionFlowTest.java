package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/**
 * Hours, the final-review modal behind "Complete internship", the pay statement and the credential
 * link, driven through mocked Discord events against the real core.
 */
class CompletionFlowTest extends DiscordFlowTest {

    private static final Pattern CREDENTIAL = Pattern.compile("http://localhost:8080/credentials/[0-9a-f-]{36}");

    @Test
    void theMentorCompletesWithTheFinalReviewModalAndTheInternGetsAVerifiableCredential() {
        // given an internship on a paid task, with hours logged and its only milestone submitted
        startAnInternship(
                DiscordMocks.text("title", "Landing page"),
                DiscordMocks.text("description", "Build the landing page"),
                DiscordMocks.text("budget", "300 USD"));
        String workspace = discord.createdChannels.get(0).split("=", -1)[1];
        run(mentor, "milestone", "add", DiscordMocks.text("internship", "1"), DiscordMocks.text("title", "Draft"));
        assertThat(run(intern, "log", null, DiscordMocks.text("hours", "-3"))).contains("⚠️ Hours cannot be negative");
        assertThat(run(intern, "log", null, DiscordMocks.text("hours", "12"), DiscordMocks.text("note", "layout")))
                .contains("Logged 12 h on internship #1");
        run(mentor, "log", null, DiscordMocks.text("hours", "2"));
        run(
                intern,
                "submit",
                null,
                DiscordMocks.text("milestone", "1"),
                DiscordMocks.text("link", "https://example.org/d"));

        // when the mentor approves it, the private reply offers "Complete internship"
        RecordingHook approveHook = new RecordingHook();
        buttons.handle(DiscordMocks.button(
                discord.guild,
                mentor,
                approveHook,
                new DiscordMocks.Direct(),
                button(last(workspace, "Approve"), "Approve").getCustomId()));
        MessageEditData approved = approveHook.edits.get(approveHook.edits.size() - 1);
        String complete = approved.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(b -> "Complete internship".equals(b.getLabel()))
                .findFirst()
                .orElseThrow()
                .getCustomId();

        // then the intern cannot press it, and the mentor gets the final-review form
        RecordingHook internHook = new RecordingHook();
        DiscordMocks.Direct internPress = new DiscordMocks.Direct();
        buttons.handle(DiscordMocks.button(discord.guild, intern, internHook, internPress, complete));
        assertThat(internPress.modals).isEmpty();
        DiscordMocks.Direct pressed = new DiscordMocks.Direct();
        buttons.handle(DiscordMocks.button(discord.guild, mentor, new RecordingHook(), pressed, complete));
        assertThat(pressed.modals).hasSize(1);

        // when a score out of range is typed, nothing changes; with a valid review the internship completes
        RecordingHook wrong = new RecordingHook();
        modals.handle(DiscordMocks.modal(
                discord.guild,
                mentor,
                wrong,
                new DiscordMocks.Direct(),
                pressed.modals.get(0).getId(),
                review("12")));
        assertThat(String.join("\n", wrong.privateReplies)).contains("⚠️", "from 1 to 10");
        RecordingHook done = new RecordingHook();
        modals.handle(DiscordMocks.modal(
                discord.guild,
                mentor,
                done,
                new DiscordMocks.Direct(),
                pressed.modals.get(0).getId(),
                review("9")));

        // then the mentor sees the statement (members mentioned, not escaped) and the credential, and the workspace
        // announces it with the link
        String reply = String.join("\n", done.privateReplies);
        assertThat(reply)
                .contains(
                        "Internship #1 is complete",
                        "intern <@101>: 255.00 USD (12 h)",
                        "mentor <@102>: 45.00 USD (2 h)");
        Matcher link = CREDENTIAL.matcher(reply);
        assertThat(link.find()).isTrue();
        assertThat(discord.in(workspace).stream().map(RecordingHook::text))
                .anyMatch(text -> text.contains("delivered every milestone") && text.contains(link.group()));

        // and anyone can verify the credential
        assertThat(run(moderator, "verify", null, DiscordMocks.text("credential", link.group())))
                .contains("✅", "Valid credential");
    }

    @Test
    void theInternRatesTheMentorshipFromTheButtonInTheirDirectMessages() {
        // given a completed internship: the intern's credential DM carries "Rate the mentorship"
        discord.join(intern, mentor);
        completeAnInternship();
        String rate = button(last("dm:101", "Rate the mentorship"), "Rate the mentorship")
                .getCustomId();
        assertThat(rate).startsWith("g" + DiscordMocks.GUILD_ID + "|a|");

        // when the intern presses it in their DMs, where there is no guild
        DiscordMocks.Direct pressed = new DiscordMocks.Direct();
        buttons.handle(DirectMessages.from(
                DiscordMocks.button(null, null, new RecordingHook(), pressed, rate), discord.jda, intern.getId()));

        // then the rating form opens at once, its id routed to the server too
        assertThat(pressed.defers).isZero();
        assertThat(pressed.replies).isEmpty();
        assertThat(pressed.modals).hasSize(1);
        String form = pressed.modals.get(0).getId();
        assertThat(form).isEqualTo("g" + DiscordMocks.GUILD_ID + "|m|internship rate 1");

        // when the intern submits it from their DMs, the rating is saved
        RecordingHook rated = new RecordingHook();
        modals.handle(DirectMessages.from(
                DiscordMocks.modal(
                        null,
                        null,
                        rated,
                        new DiscordMocks.Direct(),
                        form,
                        Map.of("rating", "5", "comment", "Kind and quick")),
                discord.jda,
                intern.getId()));
        assertThat(rated.lastPrivateReply()).contains("🙏 Thank you");

        // and the same form, submitted by someone outside the server, is refused
        RecordingHook stranger = new RecordingHook();
        modals.handle(DirectMessages.from(
                DiscordMocks.modal(null, null, stranger, new DiscordMocks.Direct(), form, Map.of("rating", "1")),
                discord.jda,
                "999"));
        assertThat(stranger.privateReplies).containsExactly(InteractionRoute.NOT_A_MEMBER);
    }

    private void completeAnInternship() {
        startAnInternship(
                DiscordMocks.text("title", "Landing page"), DiscordMocks.text("description", "Build the landing page"));
        run(mentor, "milestone", "add", DiscordMocks.text("internship", "1"), DiscordMocks.text("title", "Draft"));
        run(
                intern,
                "submit",
                null,
                DiscordMocks.text("milestone", "1"),
                DiscordMocks.text("link", "https://example.org/d"));
        run(mentor, "review", null, DiscordMocks.text("milestone", "1"), DiscordMocks.text("verdict", "approve"));
        RecordingHook done = new RecordingHook();
        modals.handle(DiscordMocks.modal(
                discord.guild, mentor, done, new DiscordMocks.Direct(), "m|internship complete 1", review("9")));
        assertThat(String.join("\n", done.privateReplies)).contains("Internship #1 is complete");
    }

    private static Map<String, String> review(String score) {
        return Map.of(
                "score",
                score,
                "skills",
                "html, css",
                "strengths",
                "Clean markup",
                "endorsement",
                "Ada built a fast, accessible landing page.");
    }

    private static Button button(MessageCreateData message, String label) {
        return message.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(button -> label.equals(button.getLabel()))
                .findFirst()
                .orElseThrow();
    }
}
