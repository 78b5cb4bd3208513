package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort's pending pairing plan; its id is {@code communityId/lowercased cohort name}. Its pairs and
 * left-out members are storage records of their own ({@link PlanMapper}).
 */
@Document("pairing_plans")
record PlanDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        String cohortName,
        List<PairDocument> pairs,
        List<LeftOutDocument> leftOut,
        List<String> alreadyPaired,
        List<String> asked,
        List<String> accepted,
        List<String> declined,
        Instant createdAt) {

    /** A proposed pair: intern, mentor, task, score and the reasons shown. */
    record PairDocument(
            String internId,
            String internName,
            String mentorId,
            String mentorName,
            long taskNumber,
            String taskTitle,
            int score,
            String reasons) {}

    /** A member nobody was paired with, as {@code intern} or {@code mentor}, and the reason. */
    record LeftOutDocument(String memberId, String name, String role, String reason) {}
}
