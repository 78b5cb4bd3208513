package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DiscordNotifierTest {

    private static final CommunityRef COMMUNITY = new CommunityRef(Platform.DISCORD, DiscordMocks.GUILD_ID, "Makers");

    private final JDA jda = mock(JDA.class);
    private final DiscordNotifier notifier = new DiscordNotifier(() -> Optional.of(jda));
    private final GuildMessageChannel workspace = channelInGuild(DiscordMocks.GUILD_ID);

    @Test
    @SuppressWarnings("unchecked")
    void blockedDirectMessageFallsBackToTheWorkspace() {
        // given the intern blocks DMs: sending fails with 50007
        PrivateChannel dm = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> open = RestActions.succeeding(CacheRestAction.class, dm);
        MessageCreateAction blocked = RestActions.failing(MessageCreateAction.class, cannotSendToUser());
        when(jda.openPrivateChannelById("77")).thenReturn(open);
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(blocked);
        when(jda.getChannelById(GuildMessageChannel.class, "3000")).thenReturn(workspace);

        // when
        notifier.send(
                COMMUNITY,
                Notification.to(
                        Destination.direct("77"),
                        Destination.channel("3000"),
                        Message.publicReply(Text.builder()
                                .member("77")
                                .plain(", your milestone was approved @everyone")
                                .build())));

        // then the message went to the workspace instead, defused
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(workspace).sendMessage(sent.capture());
        assertThat(sent.getValue().getContent()).isEqualTo("<@77>, your milestone was approved @\u200Beveryone");
    }

    @Test
    @SuppressWarnings("unchecked")
    void buttonsInDirectMessagesCarryTheServerAndButtonsInChannelsDoNot() {
        // given a DM that cannot be delivered, with a workspace to fall back to, and an open DM
        PrivateChannel blocking = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> openBlocking = RestActions.succeeding(CacheRestAction.class, blocking);
        MessageCreateAction blocked = RestActions.failing(MessageCreateAction.class, cannotSendToUser());
        when(jda.openPrivateChannelById("77")).thenReturn(openBlocking);
        when(blocking.sendMessage(any(MessageCreateData.class))).thenReturn(blocked);
        PrivateChannel open = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> opening = RestActions.succeeding(CacheRestAction.class, open);
        MessageCreateAction delivered = RestActions.succeeding(MessageCreateAction.class, null);
        when(jda.openPrivateChannelById("78")).thenReturn(opening);
        when(open.sendMessage(any(MessageCreateData.class))).thenReturn(delivered);
        when(jda.getChannelById(GuildMessageChannel.class, "3000")).thenReturn(workspace);
        Message rate = Message.publicReply(Text.of("How was it?"))
                .withButtons(List.of(Button.asking(
                        "Rate the mentorship", ButtonStyle.PRIMARY, "internship rate 3", "rating", "comment")));

        // when the same message is sent to both DMs
        notifier.send(COMMUNITY, Notification.to(Destination.direct("77"), Destination.channel("3000"), rate));
        notifier.send(COMMUNITY, Notification.to(Destination.direct("78"), rate));

        // then the delivered DM routes its button to the server; the workspace copy keeps the core's id
        ArgumentCaptor<MessageCreateData> dm = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(open).sendMessage(dm.capture());
        assertThat(customIds(dm.getValue())).containsExactly("g1000|a|rating,comment|internship rate 3");
        ArgumentCaptor<MessageCreateData> channel = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(workspace).sendMessage(channel.capture());
        assertThat(customIds(channel.getValue())).containsExactly("a|rating,comment|internship rate 3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownChannelFallsBackToDirectMessage() {
        PrivateChannel dm = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> open = RestActions.succeeding(CacheRestAction.class, dm);
        MessageCreateAction sent = RestActions.succeeding(MessageCreateAction.class, null);
        when(jda.openPrivateChannelById("77")).thenReturn(open);
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(sent);

        notifier.send(
                COMMUNITY,
                Notification.to(
                        Destination.channel("404"),
                        Destination.direct("77"),
                        Message.publicReply(Text.of("Check-in time"))));

        verify(dm).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void channelOfAnotherGuildIsNeverUsed() {
        GuildMessageChannel foreign = channelInGuild("9999");
        when(jda.getChannelById(GuildMessageChannel.class, "5000")).thenReturn(foreign);

        notifier.send(COMMUNITY, Notification.to(Destination.channel("5000"), Message.publicReply(Text.of("Hi"))));

        verify(foreign, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void failuresWithoutFallbackOrConnectionNeverThrow() {
        CacheRestAction<PrivateChannel> blocked = RestActions.failing(CacheRestAction.class, cannotSendToUser());
        when(jda.openPrivateChannelById("77")).thenReturn(blocked);
        DiscordNotifier disconnected = new DiscordNotifier(Optional::empty);
        Notification notification = Notification.to(Destination.direct("77"), Message.publicReply(Text.of("Hi")));

        assertThatCode(() -> notifier.send(COMMUNITY, notification)).doesNotThrowAnyException();
        assertThatCode(() -> disconnected.send(COMMUNITY, notification)).doesNotThrowAnyException();
        assertThat(notifier.platform()).isEqualTo(Platform.DISCORD);
    }

    private static List<String> customIds(MessageCreateData data) {
        return data.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .map(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .toList();
    }

    private static GuildMessageChannel channelInGuild(String guildId) {
        GuildMessageChannel channel = mock(GuildMessageChannel.class);
        Guild guild = mock(Guild.class);
        when(guild.getId()).thenReturn(guildId);
        when(channel.getGuild()).thenReturn(guild);
        MessageCreateAction ok = RestActions.succeeding(MessageCreateAction.class, null);
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(ok);
        return channel;
    }

    static ErrorResponseException cannotSendToUser() {
        Response response = mock(Response.class);
        when(response.optObject())
                .thenReturn(Optional.of(
                        DataObject.empty().put("code", 50007).put("message", "Cannot send messages to this user")));
        return ErrorResponseException.create(ErrorResponse.CANNOT_SEND_TO_USER, response);
    }
}
