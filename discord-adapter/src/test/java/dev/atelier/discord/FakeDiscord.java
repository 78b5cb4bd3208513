package dev.atelier.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.managers.channel.concrete.ThreadChannelManager;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A mocked Discord for end-to-end tests of the adapter: one guild with a cohort channel in a
 * category, workspace channels created on demand, and DMs; every message sent is recorded by
 * channel id (DMs as {@code dm:<user id>}). Members who {@link #join} are found by REST, as Discord
 * does for members not in JDA's cache; anyone else is an unknown member.
 */
final class FakeDiscord {

    final JDA jda = mock(JDA.class);
    final Guild guild = DiscordMocks.guild();
    final Map<String, List<MessageCreateData>> sent = new ConcurrentHashMap<>();
    /** Edits of posted messages, by channel id ({@code dm:<user id>} for DMs), as {@code <message id>=<data>}. */
    final Map<String, List<Map.Entry<String, MessageEditData>>> edited = new ConcurrentHashMap<>();

    private final Map<String, List<FileUpload>> files = new ConcurrentHashMap<>();
    final List<String> createdChannels = new ArrayList<>();
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private int nextChannel = 4000;

    @SuppressWarnings("unchecked")
    FakeDiscord() {
        lenient().when(jda.getGuildById(DiscordMocks.GUILD_ID)).thenReturn(guild);
        Role everyone = DiscordMocks.role(DiscordMocks.GUILD_ID, "@everyone");
        lenient().when(guild.getPublicRole()).thenReturn(everyone);
        SelfMember self = mock(SelfMember.class);
        lenient().when(guild.getSelfMember()).thenReturn(self);
        Category category = mock(Category.class);
        TextChannel cohort = channel(DiscordMocks.CHANNEL_ID);
        lenient().when(cohort.getParentCategory()).thenReturn(category);
        lenient().when(guild.getGuildChannelById(DiscordMocks.CHANNEL_ID)).thenReturn(cohort);
        lenient().when(guild.createTextChannel(anyString(), any())).thenAnswer(invocation -> {
            ChannelAction<TextChannel> action = mock(ChannelAction.class, RETURNS_SELF);
            String id = String.valueOf(nextChannel++);
            createdChannels.add(invocation.getArgument(0) + "=" + id);
            TextChannel created = channel(id);
            lenient().when(action.complete()).thenReturn(created);
            return action;
        });
        lenient().when(guild.retrieveMember(any(UserSnowflake.class))).thenAnswer(invocation -> {
            Member member = members.get(((UserSnowflake) invocation.getArgument(0)).getId());
            return member == null
                    ? RestActions.failing(CacheRestAction.class, DirectMessages.unknownMember())
                    : RestActions.succeeding(CacheRestAction.class, member);
        });
        lenient().when(jda.openPrivateChannelById(anyString())).thenAnswer(invocation -> {
            String userId = invocation.getArgument(0);
            PrivateChannel dm = mock(PrivateChannel.class);
            lenient()
                    .when(dm.sendMessage(any(MessageCreateData.class)))
                    .thenAnswer(send -> record("dm:" + userId, send.getArgument(0)));
            answerEdits(dm, "dm:" + userId);
            return RestActions.succeeding(CacheRestAction.class, dm);
        });
    }

    /** Each of {@code joining} is a member of the guild, found when asked for by REST. */
    void join(Member... joining) {
        for (Member member : joining) {
            members.put(member.getId(), member);
        }
    }

    Optional<JDA> connection() {
        return Optional.of(jda);
    }

    /** The files attached to messages sent to a channel ({@code dm:<user id>} for DMs). */
    List<FileUpload> filesIn(String channelId) {
        return files.getOrDefault(channelId, List.of());
    }

    List<MessageCreateData> in(String channelId) {
        return sent.getOrDefault(channelId, List.of());
    }

    /** Threads started from messages, by id; {@link #deleteThread} and {@link #archiveThread} change them. */
    final Map<String, ThreadChannel> threads = new ConcurrentHashMap<>();

    final List<String> unarchived = new ArrayList<>();

    void deleteThread(String id) {
        threads.remove(id);
        lenient().when(jda.getChannelById(ThreadChannel.class, id)).thenReturn(null);
    }

    void archiveThread(String id) {
        lenient().when(threads.get(id).isArchived()).thenReturn(true);
    }

    private ThreadChannel thread(String id, String parentId) {
        ThreadChannel thread = mock(ThreadChannel.class);
        lenient().when(thread.getId()).thenReturn(id);
        lenient().when(thread.getGuild()).thenReturn(guild);
        IThreadContainerUnion parent = mock(IThreadContainerUnion.class);
        lenient().when(parent.getId()).thenReturn(parentId);
        lenient().when(thread.getParentChannel()).thenReturn(parent);
        lenient()
                .when(thread.sendMessage(any(MessageCreateData.class)))
                .thenAnswer(send -> record(id, send.getArgument(0)));
        answerEdits(thread, id);
        ThreadChannelManager manager = mock(ThreadChannelManager.class, RETURNS_SELF);
        lenient().when(manager.setArchived(false)).thenAnswer(invocation -> {
            unarchived.add(id);
            lenient().when(thread.isArchived()).thenReturn(false);
            return manager;
        });
        lenient().when(thread.getManager()).thenReturn(manager);
        threads.put(id, thread);
        lenient().when(jda.getChannelById(ThreadChannel.class, id)).thenReturn(thread);
        return thread;
    }

    private TextChannel channel(String id) {
        TextChannel channel = mock(TextChannel.class);
        lenient().when(channel.getId()).thenReturn(id);
        lenient().when(channel.getGuild()).thenReturn(guild);
        lenient()
                .when(channel.sendMessage(any(MessageCreateData.class)))
                .thenAnswer(send -> record(id, send.getArgument(0)));
        answerEdits(channel, id);
        lenient().when(jda.getChannelById(GuildMessageChannel.class, id)).thenReturn(channel);
        return channel;
    }

    /** Records an edit of a posted message, as Discord accepts one. */
    private void answerEdits(MessageChannel channel, String channelId) {
        lenient()
                .when(channel.editMessageById(anyString(), any(MessageEditData.class)))
                .thenAnswer(edit -> {
                    edited.computeIfAbsent(channelId, k -> new ArrayList<>())
                            .add(Map.entry(edit.getArgument(0), edit.getArgument(1)));
                    return RestActions.succeeding(MessageEditAction.class, mock(Message.class));
                });
    }

    /** Records the message; what {@code complete()} returns can start a thread, as a posted message can. */
    private MessageCreateAction record(String channelId, MessageCreateData data) {
        sent.computeIfAbsent(channelId, k -> new ArrayList<>()).add(data);
        Message posted = mock(Message.class);
        String messageId = String.valueOf(nextChannel++);
        lenient().when(posted.getId()).thenReturn(messageId);
        lenient().when(posted.createThreadChannel(anyString())).thenAnswer(invocation -> {
            ThreadChannelAction action = mock(ThreadChannelAction.class, RETURNS_SELF);
            // as on Discord, a thread started from a message has the message's id
            ThreadChannel thread = thread(messageId, channelId);
            lenient().when(action.complete()).thenReturn(thread);
            return action;
        });
        MessageCreateAction action = RestActions.succeeding(MessageCreateAction.class, posted);
        lenient().when(action.addFiles(any(FileUpload.class))).thenAnswer(attach -> {
            files.computeIfAbsent(channelId, k -> new ArrayList<>()).add(attach.getArgument(0));
            return action;
        });
        lenient().when(action.complete()).thenReturn(posted);
        return action;
    }
}
