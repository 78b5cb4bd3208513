package dev.atelier.core.credential;

import dev.atelier.core.internship.IssuedCredential;
import java.util.Map;

/**
 * The answer to "is this credential genuine?": valid (our signature, on record, not revoked),
 * revoked, tampered (the signature does not match the content) or unknown (never issued here).
 * {@code claims} are the signed claims when the signature holds; {@code record} the stored credential when known.
 */
public record Verification(
        Status status, String credentialId, Map<String, Object> claims, IssuedCredential record, String detail) {

    public enum Status {
        VALID("✅", "valid"),
        REVOKED("⛔", "revoked"),
        TAMPERED("❌", "tampered"),
        UNKNOWN("❓", "unknown");

        private final String icon;
        private final String word;

        Status(String icon, String word) {
            this.icon = icon;
            this.word = word;
        }

        public String icon() {
            return icon;
        }

        public String word() {
            return word;
        }
    }

    public Verification {
        claims = claims == null ? Map.of() : Map.copyOf(claims);
    }

    public boolean valid() {
        return status == Status.VALID;
    }

    /** A claim of the credential, such as the issuer's or the achievement's name; empty when absent. */
    public String claim(String... path) {
        Object node = claims;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return node == null ? "" : node.toString();
    }
}
