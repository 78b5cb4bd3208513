package dev.atelier.core.message;

import dev.atelier.core.community.CommunityRef;
import java.time.Instant;

/**
 * A message someone posted in a channel the bot can read: where (the channel, and the thread when
 * it is a reply in one: Discord's thread channel id with {@code channelId} its parent, Slack's
 * {@code thread_ts}), its platform id, who wrote it and when. Its text is deliberately absent:
 * the bot counts messages, it does not keep them.
 */
public record ObservedMessage(
        CommunityRef community, String channelId, String threadId, String messageId, String authorId, Instant at) {

    /** A message outside any thread. */
    public ObservedMessage(CommunityRef community, String channelId, String messageId, String authorId, Instant at) {
        this(community, channelId, null, messageId, authorId, at);
    }
}
