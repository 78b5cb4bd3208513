package dev.atelier.core.store;

import dev.atelier.core.enrolment.Roster;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A cohort's roster; its id is {@code communityId/lowercased cohort name}, like the cohort's. */
@Document("rosters")
record RosterDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        String cohortName,
        boolean approvalRequired,
        List<Roster.Enrollee> enrollees,
        List<Roster.CohortTask> tasks) {}
