package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.junit.jupiter.api.Test;

/** Messages in a workspace reach the core through mocked gateway events, counted once per message id. */
class WorkspaceMessagesTest extends DiscordFlowTest {

    private final WorkspaceMessages messages = new WorkspaceMessages(atelier::bot, Runnable::run);

    @Test
    void messagesInTheWorkspaceAreCountedOnceAndBotsAreSkipped() {
        // given an internship with its workspace
        startAnInternship(
                DiscordMocks.text("title", "Landing page"),
                DiscordMocks.text("description", "Build the landing page of the shop"));
        String workspace = discord.createdChannels.get(0).split("=", -1)[1];

        // when people write there (one message delivered twice), a bot writes, and someone writes elsewhere
        messages.handle(message(workspace, "900", "101", false));
        messages.handle(message(workspace, "900", "101", false));
        messages.handle(message(workspace, "901", "102", false));
        messages.handle(message(workspace, "902", "555", true));
        messages.handle(message(DiscordMocks.CHANNEL_ID, "903", "101", false));

        // then status counts the two messages of people in the workspace
        assertThat(run(intern, "status", null)).contains("💬 2 messages exchanged");
    }

    private MessageReceivedEvent message(String channelId, String messageId, String authorId, boolean bot) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.getId()).thenReturn(authorId);
        when(author.isBot()).thenReturn(bot);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn(channelId);
        Message message = mock(Message.class);
        when(message.getTimeCreated()).thenReturn(OffsetDateTime.parse("2026-11-23T10:00:00Z"));
        when(event.isFromGuild()).thenReturn(true);
        when(event.isWebhookMessage()).thenReturn(false);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getAuthor()).thenReturn(author);
        when(event.getChannel()).thenReturn(channel);
        when(event.getMessageId()).thenReturn(messageId);
        when(event.getMessage()).thenReturn(message);
        return event;
    }
}
