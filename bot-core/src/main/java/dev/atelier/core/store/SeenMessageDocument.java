package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A platform message already counted; its id {@code communityId/messageId} is unique, which makes counting idempotent. */
@Document("seen_messages")
record SeenMessageDocument(@Id String id, String communityId) {
}
