package dev.atelier.core.store;

import dev.atelier.core.appeal.AppealOutcome;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One appeal; its id is {@code communityId/decision}, so a decision can be appealed once (a second insert
 * fails on the id); found by number through the unique index on community and number; saved under
 * optimistic locking.
 */
@Document("appeals")
record AppealDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        long internship,
        Long milestone,
        String decision,
        String reason,
        String by,
        Instant at,
        AppealOutcome outcome,
        String note,
        String decidedBy,
        Instant decidedAt,
        String secondReviewer) {}
