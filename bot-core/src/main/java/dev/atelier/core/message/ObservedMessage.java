package dev.atelier.core.message;

import dev.atelier.core.community.CommunityRef;
import java.time.Instant;

/**
 * A message someone posted in a channel the bot can read: where, its platform id, who wrote it and
 * when. Its text is deliberately absent: the bot counts messages, it does not keep them.
 */
public record ObservedMessage(CommunityRef community, String channelId, String messageId, String authorId,
                              Instant at) {
}
