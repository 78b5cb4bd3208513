package dev.atelier.core.internship;

import java.time.Instant;

/**
 * The credential an intern received on completion: its public id, the signed token (a VC-JWT)
 * exactly as issued, and, once a moderator revoked it, when, by whom and why.
 */
public record IssuedCredential(String id, String token, Instant issuedAt, Instant revokedAt, String revokedBy,
                               String revokedReason) {

    public static IssuedCredential issued(String id, String token, Instant at) {
        return new IssuedCredential(id, token, at, null, null, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    IssuedCredential revoke(String by, String reason, Instant at) {
        return new IssuedCredential(id, token, issuedAt, at, by, reason);
    }
}
