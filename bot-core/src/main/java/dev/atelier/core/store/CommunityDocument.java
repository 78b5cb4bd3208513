package dev.atelier.core.store;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community, by its id ({@code platform:externalId}); the platform is the name of a
 * {@code Platform}. Changed only by atomic updates of single fields (name, moderator list).
 */
@Document("communities")
record CommunityDocument(
        @Id String id, String platform, String externalId, String name, Set<String> moderatorIds, Instant createdAt) {}
