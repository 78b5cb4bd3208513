package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A task; its id is {@code communityId/number}. Written once; the version guards any later rewrite. */
@Document("tasks")
record TaskDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        String title,
        String description,
        String deliverables,
        BudgetDocument budget,
        List<String> skills,
        String sourceLink,
        Integer estimatedHours,
        String createdBy,
        Instant createdAt) {}
