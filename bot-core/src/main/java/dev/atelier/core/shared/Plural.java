package dev.atelier.core.shared;

/** Counts in words: {@code 1 intern}, {@code 2 interns}, {@code 1 question}, {@code 0 replies}. */
public final class Plural {

    private Plural() {}

    /** {@code count} and the noun, with an {@code s} unless the count is one. */
    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : plural(noun));
    }

    /** {@code count} and the singular or the given plural noun. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }
}
