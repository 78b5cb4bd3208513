package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import java.time.Instant;

/** What never changes about an internship: who, on which task, in which cohort, since when. */
public record InternshipData(
        String communityId,
        long number,
        Member intern,
        Member mentor,
        long taskNumber,
        String taskTitle,
        String cohortName,
        Instant createdAt,
        Long version) {}
