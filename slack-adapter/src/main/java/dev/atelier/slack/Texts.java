package dev.atelier.slack;

import java.util.ArrayList;
import java.util.List;

/** Cuts text to Slack's limits without splitting words or lines when it can help it. */
final class Texts {

    private static final String ELLIPSIS = "…";

    private Texts() {}

    static String shorten(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** Splits text into pieces of at most {@code limit} characters, preferably at line breaks, then at spaces. */
    static List<String> chunks(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = limit;
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
