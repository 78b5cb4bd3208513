package dev.atelier.core.shared;

/** What a member typed, made safe to show others: it never pings anyone or forms a mention. */
public final class TypedText {

    private TypedText() {}

    /** Mention brackets and {@code @} replaced by look-alikes that ping nobody. */
    public static String defused(String text) {
        return text.replace('<', '‹').replace('>', '›').replace('@', '＠');
    }

    /** The text stripped, defused, on one line and cut to {@code max} characters; null when blank. */
    public static String oneLine(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = defused(text.strip()).replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
