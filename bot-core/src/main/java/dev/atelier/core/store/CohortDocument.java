package dev.atelier.core.store;

import dev.atelier.core.cohort.CohortStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort; its id is {@code communityId/lowercased name}, which keeps names unique per community. */
@Document("cohorts")
record CohortDocument(
        @Id String id,
        String communityId,
        String name,
        String channelId,
        LocalDate starts,
        LocalDate ends,
        CohortStatus status,
        String createdBy,
        Instant createdAt) {}
