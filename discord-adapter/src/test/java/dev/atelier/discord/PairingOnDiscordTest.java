package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.junit.jupiter.api.Test;

/**
 * Profiles, enrolment, pair preview and confirm driven through mocked Discord events against the real
 * core; the pair's Accept / Decline are pressed in their DMs, where interactions have no guild.
 */
class PairingOnDiscordTest extends DiscordFlowTest {

    private final Member gopher = DiscordMocks.member("103", "Rob", false);

    @Test
    void moderatorPreviewsExplainedPairsAndConfirmsThemWithTheButton() {
        // given a cohort with a task, an intern, a mentor and an intern nobody can teach
        run(
                moderator,
                "cohort",
                "create",
                DiscordMocks.text("name", "spring"),
                DiscordMocks.channel("channel", DiscordMocks.CHANNEL_ID));
        run(
                moderator,
                "task",
                "add",
                DiscordMocks.text("title", "Checkout"),
                DiscordMocks.text("description", "Add a checkout"),
                DiscordMocks.text("skills", "rails, sql"));
        assertThat(run(
                        moderator,
                        "cohort",
                        "task",
                        DiscordMocks.text("cohort", "spring"),
                        DiscordMocks.text("task", "1")))
                .contains("is open in **spring**");
        assertThat(run(
                        intern,
                        "profile",
                        "set",
                        DiscordMocks.text("learning", "rails, sql"),
                        DiscordMocks.text("timezone", "UTC"),
                        DiscordMocks.text("window", "9-17")))
                .contains("Profile saved");
        run(
                mentor,
                "profile",
                "set",
                DiscordMocks.text("expertise", "rails, sql, testing"),
                DiscordMocks.text("timezone", "UTC+3"),
                DiscordMocks.text("window", "9-17"),
                DiscordMocks.text("capacity", "2"));
        run(gopher, "profile", "set", DiscordMocks.text("learning", "go"));
        run(intern, "cohort", "join", DiscordMocks.text("cohort", "spring"), DiscordMocks.text("role", "intern"));
        run(gopher, "cohort", "join", DiscordMocks.text("cohort", "spring"), DiscordMocks.text("role", "intern"));
        assertThat(run(
                        moderator,
                        "cohort",
                        "add",
                        DiscordMocks.text("cohort", "spring"),
                        DiscordMocks.user("member", mentor),
                        DiscordMocks.text("role", "mentor")))
                .contains("Added <@102>");

        // when the moderator previews the pairs
        RecordingHook preview = new RecordingHook();
        slash.handle(DiscordMocks.slash(
                discord.guild,
                moderator,
                preview,
                new DiscordMocks.Direct(),
                "pair",
                "preview",
                List.of(DiscordMocks.text("cohort", "spring"))));

        // then each pair comes with its reasons and the left-out intern with why
        assertThat(preview.lastPrivateReply())
                .contains(
                        "<@101> with mentor <@102>, task #1 Checkout",
                        "Rails and sql in common; 5 h overlap",
                        "<@103> (intern): no mentor with a free place knows go");
        Button confirm = preview.edits.get(preview.edits.size() - 1).getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(button -> "Confirm pairs".equals(button.getLabel()))
                .findFirst()
                .orElseThrow();

        // when the moderator presses Confirm pairs
        RecordingHook confirmed = new RecordingHook();
        buttons.handle(DiscordMocks.button(
                discord.guild, moderator, confirmed, new DiscordMocks.Direct(), confirm.getCustomId()));

        // then the internship starts with its private workspace
        assertThat(confirmed.lastPrivateReply()).contains("1 internship started", "Internship #1 started");
        assertThat(discord.createdChannels).hasSize(1);

        // and members cannot preview
        assertThat(run(intern, "pair", "preview", DiscordMocks.text("cohort", "spring")))
                .contains("Only moderators");
    }

    @Test
    void internAndMentorAcceptTheProposalWithTheButtonsInTheirDirectMessages() {
        // given a cohort with one intern and one mentor, previewed
        run(moderator, "cohort", "create", DiscordMocks.text("name", "autumn"));
        run(
                moderator,
                "task",
                "add",
                DiscordMocks.text("title", "Reports"),
                DiscordMocks.text("description", "Sales reports"),
                DiscordMocks.text("skills", "sql"));
        run(moderator, "cohort", "task", DiscordMocks.text("cohort", "autumn"), DiscordMocks.text("task", "1"));
        run(intern, "profile", "set", DiscordMocks.text("learning", "sql"));
        run(mentor, "profile", "set", DiscordMocks.text("expertise", "sql"));
        run(intern, "cohort", "join", DiscordMocks.text("cohort", "autumn"), DiscordMocks.text("role", "intern"));
        run(mentor, "cohort", "join", DiscordMocks.text("cohort", "autumn"), DiscordMocks.text("role", "mentor"));
        run(moderator, "pair", "preview", DiscordMocks.text("cohort", "autumn"));

        // when the moderator asks the pair
        assertThat(run(moderator, "pair", "ask", DiscordMocks.text("cohort", "autumn")))
                .contains("Asked 1 pair in");

        // then both get a direct message with the reasons and Accept / Decline, routed to this server
        assertThat(RecordingHook.text(discord.in("dm:101").get(0)))
                .contains("intern of mentor <@102>", "Sql in common");
        Button acceptIntern = button(discord.in("dm:101").get(0), "Accept");
        Button acceptMentor = button(discord.in("dm:102").get(0), "Accept");
        assertThat(button(discord.in("dm:102").get(0), "Decline")).isNotNull();
        assertThat(acceptIntern.getCustomId()).isEqualTo("g" + DiscordMocks.GUILD_ID + "|a||pair accept \"autumn\"");

        // when both press Accept in their DMs (no guild there), the internship starts with its workspace
        discord.join(intern, mentor);
        RecordingHook first = new RecordingHook();
        buttons.handle(inDirectMessages(intern, first, acceptIntern.getCustomId()));
        assertThat(first.lastPrivateReply()).contains("starts as soon as <@102> accepts");
        assertThat(discord.createdChannels).isEmpty();
        RecordingHook second = new RecordingHook();
        buttons.handle(inDirectMessages(mentor, second, acceptMentor.getCustomId()));
        assertThat(second.lastPrivateReply()).contains("You both accepted", "Internship #1 started");
        assertThat(discord.createdChannels).hasSize(1);
    }

    @Test
    void aDeclineFromSomeoneWhoLeftTheServerIsRefusedAndChangesNothing() {
        // given a pair asked in their DMs, and an intern who has left the server since
        run(moderator, "cohort", "create", DiscordMocks.text("name", "winter"));
        run(intern, "profile", "set", DiscordMocks.text("learning", "sql"));
        run(mentor, "profile", "set", DiscordMocks.text("expertise", "sql"));
        run(intern, "cohort", "join", DiscordMocks.text("cohort", "winter"), DiscordMocks.text("role", "intern"));
        run(mentor, "cohort", "join", DiscordMocks.text("cohort", "winter"), DiscordMocks.text("role", "mentor"));
        run(moderator, "pair", "preview", DiscordMocks.text("cohort", "winter"));
        run(moderator, "pair", "ask", DiscordMocks.text("cohort", "winter"));
        discord.join(mentor);

        // when the intern presses Decline in their DMs
        RecordingHook declined = new RecordingHook();
        buttons.handle(inDirectMessages(
                intern, declined, button(discord.in("dm:101").get(0), "Decline").getCustomId()));

        // then they are told why, and the mentor hears nothing
        assertThat(declined.lastPrivateReply()).isEqualTo(InteractionRoute.NOT_A_MEMBER);
        assertThat(discord.in("dm:102")).hasSize(1);

        // and the mentor can still accept
        RecordingHook accepted = new RecordingHook();
        buttons.handle(inDirectMessages(
                mentor, accepted, button(discord.in("dm:102").get(0), "Accept").getCustomId()));
        assertThat(accepted.lastPrivateReply()).contains("starts as soon as <@101> accepts");
    }

    private ButtonInteractionEvent inDirectMessages(Member member, RecordingHook hook, String customId) {
        return DirectMessages.from(
                DiscordMocks.button(null, null, hook, new DiscordMocks.Direct(), customId),
                discord.jda,
                member.getId());
    }

    private static Button button(net.dv8tion.jda.api.utils.messages.MessageCreateData message, String label) {
        return message.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(b -> label.equals(b.getLabel()))
                .findFirst()
                .orElseThrow();
    }
}
