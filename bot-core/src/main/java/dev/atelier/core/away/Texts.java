package dev.atelier.core.away;

/** Keeps what a member typed from pinging anyone and within a length. */
final class Texts {

    private Texts() {}

    /** The text without mention brackets, cut to {@code max} characters; null stays null. */
    static String plain(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip()
                .replace('<', '‹')
                .replace('>', '›')
                .replace('@', '＠')
                .replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
