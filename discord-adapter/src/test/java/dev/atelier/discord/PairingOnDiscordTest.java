package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.TestAtelier;
import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Profiles, enrolment, pair preview and confirm driven through mocked Discord events against the real core. */
class PairingOnDiscordTest {

    private final FakeDiscord discord = new FakeDiscord();
    private final TestAtelier atelier = TestAtelier.start(
            List.of(new DiscordNotifier(discord::connection)),
            List.of(new DiscordWorkspaceProvisioner(discord::connection, null)));
    private final Callers callers = new Callers(null);
    private final SlashCommands slash = new SlashCommands(atelier::bot, callers, Runnable::run);
    private final ButtonPresses buttons = new ButtonPresses(atelier::bot, callers, Runnable::run);

    private final Member moderator = DiscordMocks.member("100", "Mod", true);
    private final Member intern = DiscordMocks.member("101", "Ada", false);
    private final Member mentor = DiscordMocks.member("102", "Grace", false);
    private final Member gopher = DiscordMocks.member("103", "Rob", false);

    @AfterEach
    void stop() {
        atelier.close();
    }

    @Test
    void moderatorPreviewsExplainedPairsAndConfirmsThemWithTheButton() {
        // given a cohort with a task, an intern, a mentor and an intern nobody can teach
        run(moderator, "cohort", "create", DiscordMocks.text("name", "spring"),
                DiscordMocks.channel("channel", DiscordMocks.CHANNEL_ID));
        run(moderator, "task", "add", DiscordMocks.text("title", "Checkout"),
                DiscordMocks.text("description", "Add a checkout"), DiscordMocks.text("skills", "rails, sql"));
        assertThat(run(moderator, "cohort", "task", DiscordMocks.text("cohort", "spring"), DiscordMocks.text("task", "1")))
                .contains("is open in *spring*");
        assertThat(run(intern, "profile", "set", DiscordMocks.text("learning", "rails, sql"),
                DiscordMocks.text("timezone", "UTC"), DiscordMocks.text("window", "9-17"))).contains("Profile saved");
        run(mentor, "profile", "set", DiscordMocks.text("expertise", "rails, sql, testing"),
                DiscordMocks.text("timezone", "UTC+3"), DiscordMocks.text("window", "9-17"),
                DiscordMocks.text("capacity", "2"));
        run(gopher, "profile", "set", DiscordMocks.text("learning", "go"));
        run(intern, "cohort", "join", DiscordMocks.text("cohort", "spring"), DiscordMocks.text("role", "intern"));
        run(gopher, "cohort", "join", DiscordMocks.text("cohort", "spring"), DiscordMocks.text("role", "intern"));
        assertThat(run(moderator, "cohort", "add", DiscordMocks.text("cohort", "spring"),
                DiscordMocks.user("member", mentor), DiscordMocks.text("role", "mentor"))).contains("Added <@102>");

        // when the moderator previews the pairs
        RecordingHook preview = new RecordingHook();
        slash.handle(DiscordMocks.slash(discord.guild, moderator, preview, new DiscordMocks.Direct(), "pair", "preview",
                List.of(DiscordMocks.text("cohort", "spring"))));

        // then each pair comes with its reasons and the left-out intern with why
        assertThat(preview.lastPrivateReply()).contains("<@101> with mentor <@102>, task #1 Checkout",
                "Rails and sql in common; 5 h overlap", "<@103> (intern): no mentor with a free place knows go");
        Button confirm = preview.edits.get(preview.edits.size() - 1).getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .filter(button -> "Confirm pairs".equals(button.getLabel())).findFirst().orElseThrow();

        // when the moderator presses Confirm pairs
        RecordingHook confirmed = new RecordingHook();
        buttons.handle(DiscordMocks.button(discord.guild, moderator, confirmed, new DiscordMocks.Direct(),
                confirm.getCustomId()));

        // then the internship starts with its private workspace
        assertThat(confirmed.lastPrivateReply()).contains("1 internships started", "Internship #1 started");
        assertThat(discord.createdChannels).hasSize(1);

        // and members cannot preview
        assertThat(run(intern, "pair", "preview", DiscordMocks.text("cohort", "spring"))).contains("Only moderators");
    }

    private String run(Member member, String name, String subcommand, OptionMapping... options) {
        RecordingHook hook = new RecordingHook();
        slash.handle(DiscordMocks.slash(discord.guild, member, hook, new DiscordMocks.Direct(), name, subcommand,
                List.of(options)));
        return String.join("\n", hook.privateReplies);
    }
}
