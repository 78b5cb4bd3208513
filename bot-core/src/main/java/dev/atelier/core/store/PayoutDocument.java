package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The pay state of one completed internship; its id is {@code communityId/internshipNumber}; the state is the
 * name of a {@code PayState}.
 */
@Document("payouts")
record PayoutDocument(
        @Id String id,
        String communityId,
        long internship,
        String state,
        String approvedBy,
        Instant approvedAt,
        String paidBy,
        Instant paidAt,
        String reference) {}
