package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a living message was posted: {@code _id} is {@code <community id>|<key>} (the aggregate's key,
 * see {@code Living}), with the channel and the platform's message id (Discord message id, Slack ts).
 */
@Document("message_refs")
record MessageRefDocument(
        @Id String id, String communityId, String key, String channelId, String messageId, Instant keptAt) {}
