package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The risk flag of one internship; its id is {@code communityId/number}. */
@Document("internship_health")
record HealthDocument(
        @Id String id,
        String communityId,
        long internship,
        boolean atRisk,
        String reason,
        Instant flaggedAt,
        Instant clearedAt) {}
