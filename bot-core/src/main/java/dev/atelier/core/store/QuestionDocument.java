package dev.atelier.core.store;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A question; its id is {@code communityId/number}; {@code mentorId} is kept flat for exports and
 * erasure. Statuses and kinds are stored as enum names. Saved under optimistic locking.
 */
@Document("questions")
record QuestionDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        long internshipNumber,
        String cohortName,
        MemberDocument asker,
        MemberDocument mentor,
        String mentorId,
        String text,
        Instant askedAt,
        String status,
        Instant firstReplyAt,
        String firstReplyBy,
        Instant resolvedAt,
        KnowledgeDocument knowledge,
        ThreadDocument thread,
        PeerHelpDocument peers) {

    /** An answer kept for the cohort: its kind, title, the answer and who kept it. */
    record KnowledgeDocument(String kind, String title, String answer, String markedBy) {}

    /**
     * Peer help: kept from peers or not, when and where it was offered; {@code retryAfter} is written
     * only by the store, when an offer could not be posted.
     */
    record PeerHelpDocument(boolean optedOut, Instant offeredAt, ThreadDocument thread, Instant retryAfter) {}
}
