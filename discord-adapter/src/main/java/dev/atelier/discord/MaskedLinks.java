package dev.atelier.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps user text from carrying masked links: {@code [label](https://...)} is escaped to
 * {@code \[label]\(https://...)}, which Discord shows as typed, with the real address visible (and
 * linked as a bare URL). The core never writes masked links itself, so every one is user text.
 */
final class MaskedLinks {

    private static final Pattern MASKED = Pattern.compile("\\[([^\\]]*)]\\(");

    private MaskedLinks() {}

    static String escape(String text) {
        if (text == null || text.indexOf("](") < 0) {
            return text;
        }
        return MASKED.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\[" + m.group(1) + "]\\("));
    }
}
