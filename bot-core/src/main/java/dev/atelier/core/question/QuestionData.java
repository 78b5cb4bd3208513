package dev.atelier.core.question;

import dev.atelier.core.community.Member;
import java.time.Instant;

/** What never changes about a question: where, who asked whom, what, and when. */
public record QuestionData(String communityId, long number, long internshipNumber, Member asker, Member mentor,
                           String text, Instant askedAt, Long version) {

    public QuestionData withVersion(Long newVersion) {
        return new QuestionData(communityId, number, internshipNumber, asker, mentor, text, askedAt, newVersion);
    }
}
