package dev.atelier.discord;

/** Discord length limits, applied without splitting a character in two. */
final class Text {

    static final String ELLIPSIS = "\u2026";

    private Text() {}

    /** At most {@code max} characters; a cut text ends with an ellipsis. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int cut = max - ELLIPSIS.length();
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, Math.max(cut, 0)) + ELLIPSIS;
    }

    /** The text, or {@code fallback} when it is null or blank. */
    static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
