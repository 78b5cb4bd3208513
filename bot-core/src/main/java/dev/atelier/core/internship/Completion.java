package dev.atelier.core.internship;

import dev.atelier.core.pay.PayStatement;

/**
 * How an internship ended: the mentor's final review, the pay statement and the credential (on
 * completion), the intern's rating of the mentorship, or a moderator's reason for closing it.
 * Every part is null until it exists.
 */
public record Completion(FinalReview review, PayStatement statement, IssuedCredential credential,
                         MentorshipRating rating, String endReason) {

    public static final Completion NONE = new Completion(null, null, null, null, null);

    Completion withRating(MentorshipRating newRating) {
        return new Completion(review, statement, credential, newRating, endReason);
    }

    Completion withCredential(IssuedCredential newCredential) {
        return new Completion(review, statement, newCredential, rating, endReason);
    }
}
