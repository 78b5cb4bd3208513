package dev.atelier.core.enrolment;

import dev.atelier.core.shared.Rejected;
import java.util.Locale;

/** What a member is in a cohort. */
public enum Role {
    INTERN,
    MENTOR;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected("Join as `intern` or `mentor`.");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
