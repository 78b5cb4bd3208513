package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort's roster; its id is {@code communityId/lowercased cohort name}, like the cohort's. Its parts
 * are storage records of their own ({@link RosterMapper}), so renaming a domain field changes nothing stored.
 */
@Document("rosters")
record RosterDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        String cohortName,
        boolean approvalRequired,
        List<EnrolleeDocument> enrollees,
        List<CohortTaskDocument> tasks) {

    /** A member in the cohort, their role ({@code INTERN}, {@code MENTOR}), approval and since when. */
    record EnrolleeDocument(MemberDocument member, String role, boolean approved, Instant since) {}

    /** A task open in the cohort, its level and what it asks of an intern's portfolio (null: nothing). */
    record CohortTaskDocument(long taskNumber, int level, RequirementDocument requires) {}

    /** What a cohort task asks of an intern's portfolio: a count, a level and a minimum score. */
    record RequirementDocument(int count, int level, int minScore) {}
}
