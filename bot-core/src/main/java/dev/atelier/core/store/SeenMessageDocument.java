package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A platform message already counted; its id {@code communityId/messageId} is unique, which makes counting
 * idempotent. {@code seenAt} lets the retention round purge old ones (no author is stored).
 */
@Document("seen_messages")
record SeenMessageDocument(@Id String id, String communityId, Instant seenAt) {}
