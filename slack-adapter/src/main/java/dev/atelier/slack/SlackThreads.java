package dev.atelier.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.Set;

/**
 * Question threads on Slack: the thread is the bot's message in the channel (which the bot joins
 * when it is public, to hear the replies); replies go under it with {@code thread_ts}. A parent Slack no longer knows is a lost thread; other refusals (not in
 * the channel, channel archived, missing scope) are reported in words a person can act on.
 */
final class SlackThreads {

    private static final Set<String> GONE = Set.of("thread_not_found", "message_not_found", "invalid_thread_ts");

    private final SlackCalls calls;

    SlackThreads(SlackCalls calls) {
        this.calls = calls;
    }

    ThreadRef open(String channelId, Message message, Message opening) {
        try {
            ChatPostMessageResponse posted = calls.call(
                    "chat.postMessage",
                    c -> c.chatPostMessage(r -> r.channel(channelId)
                            .text(BlockKit.fallback(message))
                            .blocks(BlockKit.blocks(message))
                            .unfurlLinks(false)));
            String channel = posted.getChannel() == null ? channelId : posted.getChannel();
            join(channel);
            ThreadRef thread = new ThreadRef(channel, posted.getTs(), permalink(channel, posted.getTs()));
            if (opening != null) {
                reply(thread, opening);
            }
            return thread;
        } catch (SlackError e) {
            throw new WorkspaceUnavailableException(refusal(e), e);
        }
    }

    boolean post(ThreadRef thread, Message message) {
        try {
            reply(thread, message);
            return true;
        } catch (SlackError e) {
            if (GONE.contains(e.error())) {
                return false;
            }
            throw new WorkspaceUnavailableException(refusal(e), e);
        }
    }

    private void reply(ThreadRef thread, Message message) {
        calls.call(
                "chat.postMessage",
                c -> c.chatPostMessage(r -> r.channel(thread.channelId())
                        .threadTs(thread.threadId())
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))
                        .unfurlLinks(false)));
    }

    /**
     * Joins a public channel (a cohort's, for peer help) that the bot posted to with
     * {@code chat:write.public}: only members receive its {@code message} events, so replies in the
     * thread would go unseen. Private channels and channels already joined answer harmlessly.
     */
    private void join(String channel) {
        try {
            calls.call("conversations.join", c -> c.conversationsJoin(r -> r.channel(channel)));
        } catch (SlackError e) {
            // private channel, or missing channels:join: the thread still works for posting
        }
    }

    private String permalink(String channel, String ts) {
        try {
            return calls.call(
                            "chat.getPermalink",
                            c -> c.chatGetPermalink(r -> r.channel(channel).messageTs(ts)))
                    .getPermalink();
        } catch (SlackError e) {
            return null;
        }
    }

    private static String refusal(SlackError e) {
        return switch (e.error()) {
            case "not_in_channel", "channel_not_found" ->
                "Atelier is not in that channel; invite it with /invite @Atelier";
            case "is_archived" -> "the channel is archived";
            case "missing_scope" -> "Atelier lacks the permission " + e.needed() + "; reinstall the app";
            default -> "Slack refused (" + e.error() + ")";
        };
    }
}
