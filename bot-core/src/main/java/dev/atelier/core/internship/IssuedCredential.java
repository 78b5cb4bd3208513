package dev.atelier.core.internship;

import java.time.Instant;

/**
 * The credential an intern received on completion: its public id, the signed token (a VC-JWT)
 * exactly as issued, its place in a revocation status list (null for credentials issued before
 * status lists), whether the intern shows the mentor's score on its page, and, once a moderator
 * revoked it, when, by whom and why. The token is null once a holder who asked to be forgotten had it
 * revoked (it named them); such a credential still verifies as revoked by its id.
 */
public record IssuedCredential(
        String id,
        String token,
        Instant issuedAt,
        Instant revokedAt,
        String revokedBy,
        String revokedReason,
        String statusList,
        Integer statusIndex,
        Boolean scoreShown) {

    /** A credential without a status list entry (as issued before status lists). */
    public static IssuedCredential issued(String id, String token, Instant at) {
        return new IssuedCredential(id, token, at, null, null, null, null, null, false);
    }

    public static IssuedCredential issued(String id, String token, Instant at, String statusList, int statusIndex) {
        return new IssuedCredential(id, token, at, null, null, null, statusList, statusIndex, false);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Whether the signed token is still on record (it is not after a forget with revocation). */
    public boolean hasToken() {
        return token != null;
    }

    public boolean showsScore() {
        return Boolean.TRUE.equals(scoreShown);
    }

    IssuedCredential revoke(String by, String reason, Instant at) {
        return new IssuedCredential(id, token, issuedAt, at, by, reason, statusList, statusIndex, scoreShown);
    }

    IssuedCredential withScoreShown(boolean shown) {
        return new IssuedCredential(
                id, token, issuedAt, revokedAt, revokedBy, revokedReason, statusList, statusIndex, shown);
    }
}
