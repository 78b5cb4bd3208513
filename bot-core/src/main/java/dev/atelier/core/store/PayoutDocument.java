package dev.atelier.core.store;

import dev.atelier.core.payout.PayState;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The pay state of one completed internship; its id is {@code communityId/internshipNumber}. */
@Document("payouts")
record PayoutDocument(
        @Id String id,
        String communityId,
        long internship,
        PayState state,
        String approvedBy,
        Instant approvedAt,
        String paidBy,
        Instant paidAt,
        String reference) {}
