package dev.atelier.core.enrolment;

import dev.atelier.core.message.Text;
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
            throw new Rejected(Text.builder()
                    .plain("Join as ")
                    .code("intern")
                    .plain(" or ")
                    .code("mentor")
                    .plain(".")
                    .build());
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
