package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member seen acting as a platform moderator; its id is {@code communityId/memberId}. */
@Document("moderators_seen")
record ModeratorSeenDocument(@Id String id, String communityId, String memberId, Instant firstSeen) {}
