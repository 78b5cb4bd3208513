package dev.atelier.slack;

import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;

/** Posts rendered messages with the Web API: to a channel, to a member's DMs, or ephemerally to one member. */
final class Messenger {

    private final SlackCalls calls;

    Messenger(SlackCalls calls) {
        this.calls = calls;
    }

    /** chat.postMessage; the bot posts to public channels it is not in with {@code chat:write.public}. */
    void post(String channelId, Message message) {
        calls.call(
                "chat.postMessage",
                c -> c.chatPostMessage(r -> r.channel(channelId)
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))
                        .unfurlLinks(false)));
    }

    /** conversations.open, then chat.postMessage into the DM. */
    void direct(String userId, Message message) {
        String dm = calls.call("conversations.open", c -> c.conversationsOpen(r -> r.users(java.util.List.of(userId))))
                .getChannel()
                .getId();
        post(dm, message);
    }

    /**
     * A file in the member's DMs: conversations.open, then files.uploadV2 (files.getUploadURLExternal,
     * the upload, files.completeUploadExternal) with the message as the file's comment.
     */
    void directFile(String userId, Message message, FileAttachment file) {
        String dm = calls.call("conversations.open", c -> c.conversationsOpen(r -> r.users(java.util.List.of(userId))))
                .getChannel()
                .getId();
        calls.call(
                "files.uploadV2",
                c -> c.filesUploadV2(r -> r.channel(dm)
                        .filename(file.fileName())
                        .title(file.fileName())
                        .fileData(file.content())
                        .initialComment(BlockKit.fallback(message))));
    }

    /** chat.postEphemeral: only {@code userId} sees it, in {@code channelId}. */
    void ephemeral(String channelId, String userId, Message message) {
        calls.call(
                "chat.postEphemeral",
                c -> c.chatPostEphemeral(r -> r.channel(channelId)
                        .user(userId)
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))));
    }

    /** Ephemeral in the channel when there is one and it works, else a DM. */
    void privately(String channelId, String userId, Message message) {
        if (channelId != null && !channelId.isBlank()) {
            try {
                ephemeral(channelId, userId, message);
                return;
            } catch (SlackError e) {
                // not in the channel, channel gone: a DM still reaches them
            }
        }
        direct(userId, message);
    }
}
