package dev.atelier.core.rights;

import java.util.Locale;

/** What happens to the credentials a forgotten member holds: revoked with the rest, or kept (they stay verifiable). */
public enum CredentialChoice {
    KEEP,
    REVOKE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code keep} or {@code revoke}; null for anything else. */
    public static CredentialChoice of(String word) {
        for (CredentialChoice c : values()) {
            if (c.word().equals(word)) {
                return c;
            }
        }
        return null;
    }
}
