package dev.atelier.core.store;

import dev.atelier.core.task.Budget;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A task; its id is {@code communityId/number}. */
@Document("tasks")
record TaskDocument(
        @Id String id,
        String communityId,
        long number,
        String title,
        String description,
        String deliverables,
        Budget budget,
        List<String> skills,
        String sourceLink,
        Integer estimatedHours,
        String createdBy,
        Instant createdAt) {}
