package dev.atelier.app.dashboard;

import dev.atelier.core.internship.Internship;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the portable mention syntax {@code <@id>} of timeline lines into {@code @name} for people to read. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("<@([^>\\s]+)>");

    private Mentions() {}

    static Map<String, String> names(Internship i) {
        return i.data().intern().id().equals(i.data().mentor().id())
                ? Map.of(i.data().intern().id(), i.data().intern().name())
                : Map.of(
                        i.data().intern().id(),
                        i.data().intern().name(),
                        i.data().mentor().id(),
                        i.data().mentor().name());
    }

    static String readable(String text, Map<String, String> names) {
        if (text == null) {
            return "";
        }
        Matcher m = MENTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("@" + names.getOrDefault(m.group(1), m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
