package dev.atelier.core.internship;

import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;

/**
 * How an internship ended: the mentor's final review, the pay statement and the credential (on
 * completion), the intern's rating of the mentorship, or a moderator's reason for closing it.
 * Every part is null until it exists.
 */
public record Completion(
        FinalReview review,
        PayStatement statement,
        IssuedCredential credential,
        MentorshipRating rating,
        String endReason) {

    public static final Completion NONE = new Completion(null, null, null, null, null);

    Completion withRating(MentorshipRating newRating) {
        return new Completion(review, statement, credential, newRating, endReason);
    }

    Completion showScore(long internship, boolean shown) {
        if (credential == null) {
            throw new Rejected("Internship #" + internship + " has no credential.");
        }
        return new Completion(review, statement, credential.withScoreShown(shown), rating, endReason);
    }

    Completion revokeCredential(long internship, String by, String reason, Instant at) {
        if (credential == null) {
            throw new Rejected("Internship #" + internship + " has no credential.");
        }
        if (credential.revoked()) {
            throw new Rejected("That credential was already revoked on " + credential.revokedAt() + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw new Rejected("Say why the credential is revoked; verifiers will see the reason.");
        }
        return new Completion(review, statement, credential.revoke(by, reason, at), rating, endReason);
    }
}
