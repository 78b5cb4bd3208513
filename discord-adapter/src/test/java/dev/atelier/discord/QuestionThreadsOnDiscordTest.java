package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Questions on Discord with mocked events where they are clearer: replies in a thread (message events)
 * answer it, archived and deleted threads, and /ask from someone without an internship. The main
 * question flow runs over the wire in {@link QuestionsOverTheWireTest}.
 */
class QuestionThreadsOnDiscordTest extends DiscordFlowTest {

    private final WorkspaceMessages messages = new WorkspaceMessages(atelier::bot, Runnable::run);

    @BeforeEach
    void internship() {
        startAnInternship(
                DiscordMocks.text("title", "Landing page"),
                DiscordMocks.text("description", "Build the landing page of the shop"));
        assertThat(discord.createdChannels).hasSize(1);
    }

    @Test
    void theMentorsReplyInTheThreadAnswersTheQuestionOnceAndTheInternsOwnDoesNot() {
        // given
        run(intern, "ask", null, DiscordMocks.text("question", "How do I deploy the preview?"));
        String threadId = discord.threads.keySet().iterator().next();

        // when the intern adds a detail, then the mentor replies (delivered twice)
        messages.handle(inThread(threadId, "950", "101", "2026-11-23T10:05:00Z"));
        assertThat(run(mentor, "queue", null)).contains("How do I deploy the preview?");
        messages.handle(inThread(threadId, "951", "102", "2026-11-23T10:20:00Z"));
        messages.handle(inThread(threadId, "951", "102", "2026-11-23T10:20:00Z"));

        // then the question is answered and both messages count for the internship
        assertThat(run(mentor, "queue", null)).contains("Nothing waits for you");
        assertThat(run(intern, "status", null))
                .contains("1 question asked · 0 open")
                .contains("💬 2 messages exchanged");
    }

    @Test
    void resolvingUnarchivesAnArchivedThreadAndOpensANewOneWhenTheThreadWasDeleted() {
        // given
        run(intern, "ask", null, DiscordMocks.text("question", "How do I deploy the preview?"));
        String first = discord.threads.keySet().iterator().next();
        discord.archiveThread(first);

        // when the mentor resolves, then the intern reopens after the thread was deleted
        String resolved = run(mentor, "resolve", null, DiscordMocks.integer("question", 1));
        discord.deleteThread(first);
        String reopened = run(intern, "reopen", null, DiscordMocks.integer("question", 1));

        // then
        assertThat(resolved).contains("Resolved **Q1**");
        assertThat(discord.unarchived).containsExactly(first);
        assertThat(discord.in(first))
                .anySatisfy(m -> assertThat(RecordingHook.text(m)).contains("resolved **Q1**"));
        assertThat(discord.threads).hasSize(1).doesNotContainKey(first);
        String second = discord.threads.keySet().iterator().next();
        assertThat(reopened)
                .contains("Reopened **Q1**")
                .contains("opened a new one: [thread](https://discord.com/channels/" + DiscordMocks.GUILD_ID + "/"
                        + second + ")");
        assertThat(discord.in(second))
                .anySatisfy(m -> assertThat(RecordingHook.text(m)).contains("reopened **Q1**"));
    }

    @Test
    void askWithoutAQuestionFromSomeoneWithoutAnInternshipGetsTheReasonInsteadOfAForm() {
        // when the mentor runs /ask alone
        DiscordMocks.Direct direct = new DiscordMocks.Direct();
        slash.handle(DiscordMocks.slash(discord.guild, mentor, new RecordingHook(), direct, "ask", null, List.of()));

        // then no form, a private reason, and nothing asked
        assertThat(direct.modals).isEmpty();
        assertThat(direct.ephemeral).containsExactly(true);
        assertThat(String.join(
                        "\n", direct.replies.stream().map(String::valueOf).toList()))
                .contains("⚠️");
        assertThat(discord.threads).isEmpty();
    }

    private MessageReceivedEvent inThread(String threadId, String messageId, String authorId, String at) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.getId()).thenReturn(authorId);
        MessageChannelUnion channel = mock(MessageChannelUnion.class);
        when(channel.getId()).thenReturn(threadId);
        ThreadChannel thread = discord.threads.get(threadId);
        when(channel.asThreadChannel()).thenReturn(thread);
        Message message = mock(Message.class);
        when(message.getTimeCreated()).thenReturn(OffsetDateTime.parse(at));
        when(event.isFromGuild()).thenReturn(true);
        when(event.isFromThread()).thenReturn(true);
        when(event.getGuild()).thenReturn(discord.guild);
        when(event.getAuthor()).thenReturn(author);
        when(event.getChannel()).thenReturn(channel);
        when(event.getMessageId()).thenReturn(messageId);
        when(event.getMessage()).thenReturn(message);
        return event;
    }
}
