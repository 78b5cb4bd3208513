package dev.atelier.core.store;

import dev.atelier.core.community.Platform;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("communities")
record CommunityDocument(
        @Id String id,
        Platform platform,
        String externalId,
        String name,
        Set<String> moderatorIds,
        Instant createdAt) {}
