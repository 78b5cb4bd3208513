package dev.atelier.core.appeal;

import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.TypedText;

/** What a member typed in an appeal: required, at most 1,000 characters, never pinging anyone. */
final class Texts {

    static final int MAX = 1000;

    private Texts() {}

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new Rejected("Give " + what + ".");
        }
        String flat = TypedText.defused(text.strip());
        if (flat.length() > MAX) {
            throw new Rejected("Keep " + what + " under " + MAX + " characters.");
        }
        return flat;
    }
}
