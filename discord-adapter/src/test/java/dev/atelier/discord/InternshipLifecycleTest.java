package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.TestAtelier;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole internship lifecycle driven through mocked Discord events against the real core (on an
 * embedded MongoDB-wire server), with the adapter's own notifier and workspace provisioner.
 */
class InternshipLifecycleTest extends DiscordFlowTest {

    @Test
    void moderatorMentorAndInternGoThroughAMilestoneOnDiscord() {
        // given a cohort, a task and an internship started by a moderator
        run(moderator, "cohort", "create", DiscordMocks.text("name", "spring"),
                DiscordMocks.channel("channel", DiscordMocks.CHANNEL_ID));
        run(moderator, "task", "add", DiscordMocks.text("title", "Landing page"),
                DiscordMocks.text("description", "Build the landing page of the shop"));
        String started = run(moderator, "internship", "start", DiscordMocks.user("intern", intern),
                DiscordMocks.user("mentor", mentor), DiscordMocks.text("task", "1"), DiscordMocks.text("cohort", "spring"));
        assertThat(discord.createdChannels).hasSize(1);
        String workspace = discord.createdChannels.get(0).split("=")[1];
        assertThat(started).contains("Internship #1 started", "<#" + workspace + ">");

        // when the mentor plans a milestone and the intern submits it
        String added = run(mentor, "milestone", "add", DiscordMocks.text("internship", "1"),
                DiscordMocks.text("title", "First draft"));
        assertThat(added).doesNotContain("⚠️", "❌");
        String submitted = run(intern, "submit", null, DiscordMocks.text("milestone", "1"),
                DiscordMocks.text("link", "https://example.org/draft"));
        assertThat(submitted).contains("Submitted");

        // then the workspace shows the submission with Approve and Request changes
        MessageCreateData submission = last(workspace, "Request changes");
        assertThat(RecordingHook.text(submission)).contains("<@101>", "https://example.org/draft");

        // when the mentor presses Request changes: a modal asks for the feedback
        DiscordMocks.Direct pressed = new DiscordMocks.Direct();
        buttons.handle(DiscordMocks.button(discord.guild, mentor, new RecordingHook(), pressed,
                button(submission, "Request changes").getCustomId()));
        assertThat(pressed.defers).isZero();
        assertThat(pressed.modals).hasSize(1);
        RecordingHook feedbackHook = new RecordingHook();
        modals.handle(DiscordMocks.modal(discord.guild, mentor, feedbackHook, new DiscordMocks.Direct(),
                pressed.modals.get(0).getId(), Map.of("feedback", "Please add a footer")));
        assertThat(String.join("\n", feedbackHook.privateReplies)).doesNotContain("⚠️", "❌");
        assertThat(discord.sent.values().stream().flatMap(List::stream).map(RecordingHook::text))
                .anyMatch(text -> text.contains("requested changes") && text.contains("Please add a footer"));

        // and the intern resubmits and the mentor approves with the button
        run(intern, "submit", null, DiscordMocks.text("milestone", "1"),
                DiscordMocks.text("link", "https://example.org/draft-2"));
        MessageCreateData resubmission = last(workspace, "Approve");
        assertThat(RecordingHook.text(resubmission)).contains("resubmitted");
        RecordingHook approveHook = new RecordingHook();
        DiscordMocks.Direct approved = new DiscordMocks.Direct();
        buttons.handle(DiscordMocks.button(discord.guild, mentor, approveHook, approved,
                button(resubmission, "Approve").getCustomId()));

        // then the approval is recorded and announced
        assertThat(approved.deferEphemeral).containsExactly(true);
        assertThat(String.join("\n", approveHook.privateReplies)).doesNotContain("⚠️", "❌");
        assertThat(discord.sent.values().stream().flatMap(List::stream).map(RecordingHook::text))
                .anyMatch(text -> text.contains("approved *"));
    }

    private static Button button(MessageCreateData message, String label) {
        return message.getComponents().stream().flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(button -> label.equals(button.getLabel())).findFirst().orElseThrow();
    }
}
