package dev.atelier.core.question;

import dev.atelier.core.community.Member;
import java.time.Instant;

/** What never changes about a question: where (community, internship, cohort), who asked whom, what, and when. */
public record QuestionData(
        String communityId,
        long number,
        long internshipNumber,
        String cohortName,
        Member asker,
        Member mentor,
        String text,
        Instant askedAt,
        Long version) {}
