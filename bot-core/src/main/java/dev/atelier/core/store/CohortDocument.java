package dev.atelier.core.store;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort; its id is {@code communityId/lowercased name}, which keeps names unique per community
 * regardless of case; saved under optimistic locking. The status is the name of a {@code CohortStatus}.
 */
@Document("cohorts")
record CohortDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        String name,
        String channelId,
        LocalDate starts,
        LocalDate ends,
        String status,
        String createdBy,
        Instant createdAt) {}
