package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.TestAtelier;
import java.util.List;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;

/**
 * What the flow tests share: the real core on an embedded MongoDB-wire server, this adapter's
 * notifier, provisioner and interaction handlers over a {@link FakeDiscord}, and a moderator, an
 * intern and a mentor of its guild.
 */
abstract class DiscordFlowTest {

    protected final FakeDiscord discord = new FakeDiscord();
    protected final TestAtelier atelier = TestAtelier.start(
            List.of(new DiscordNotifier(discord::connection)),
            List.of(new DiscordWorkspaceProvisioner(discord::connection, null)));
    protected final Callers callers = new Callers(null);
    protected final SlashCommands slash = new SlashCommands(atelier::bot, callers, Runnable::run);
    protected final ButtonPresses buttons = new ButtonPresses(atelier::bot, callers, Runnable::run);
    protected final ModalSubmissions modals = new ModalSubmissions(atelier::bot, callers, Runnable::run);

    protected final Member moderator = DiscordMocks.member("100", "Mod", true);
    protected final Member intern = DiscordMocks.member("101", "Ada", false);
    protected final Member mentor = DiscordMocks.member("102", "Grace", false);

    @AfterEach
    void stopTheCore() {
        atelier.close();
    }

    /** Runs a slash command in the guild; returns the private replies, then the public messages. */
    protected String run(Member member, String name, String subcommand, OptionMapping... options) {
        RecordingHook hook = new RecordingHook();
        slash.handle(DiscordMocks.slash(
                discord.guild, member, hook, new DiscordMocks.Direct(), name, subcommand, List.of(options)));
        return String.join("\n", hook.privateReplies) + "\n"
                + String.join(
                        "\n",
                        hook.publicMessages.stream().map(RecordingHook::text).toList());
    }

    /** The moderator adds task #1 with these options and starts an internship on it for the intern and the mentor. */
    protected void startAnInternship(OptionMapping... task) {
        run(moderator, "task", "add", task);
        run(
                moderator,
                "internship",
                "start",
                DiscordMocks.user("intern", intern),
                DiscordMocks.user("mentor", mentor),
                DiscordMocks.text("task", "1"));
    }

    /** The latest message in a channel that has a button with this label. */
    protected MessageCreateData last(String channelId, String buttonLabel) {
        List<MessageCreateData> messages = discord.in(channelId).stream()
                .filter(message -> message.getComponents().stream()
                        .anyMatch(row -> row.asActionRow().getButtons().stream()
                                .anyMatch(button -> buttonLabel.equals(button.getLabel()))))
                .toList();
        assertThat(messages)
                .as("messages with %s in %s", buttonLabel, channelId)
                .isNotEmpty();
        return messages.get(messages.size() - 1);
    }
}
