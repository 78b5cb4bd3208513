package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;

/**
 * How an internship ended, inside its document: the final review, the pay statement, the credential
 * (its public id stored as {@code _id}), the intern's rating and a closing reason; each null until it exists.
 */
record CompletionDocument(
        FinalReviewDocument review,
        PayStatementDocument statement,
        CredentialDocument credential,
        RatingDocument rating,
        String endReason) {

    record FinalReviewDocument(
            int score, List<String> skills, String strengths, String endorsement, String by, Instant at) {}

    record PayStatementDocument(BudgetDocument budget, String rule, List<ShareDocument> shares) {}

    record ShareDocument(String role, String memberId, String memberName, int minutes, long minorUnits) {}

    record CredentialDocument(
            String id,
            String token,
            Instant issuedAt,
            Instant revokedAt,
            String revokedBy,
            String revokedReason,
            String statusList,
            Integer statusIndex,
            Boolean scoreShown) {}

    record RatingDocument(int rating, String comment, Instant at) {}
}
