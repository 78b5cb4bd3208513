package dev.atelier.core.matching;

import java.util.Collection;
import java.util.List;

/** Lists in plain English: {@code a}, {@code a and b}, {@code a, b and c}. */
public final class Words {

    private Words() {}

    public static String list(Collection<String> items) {
        List<String> l = List.copyOf(items);
        if (l.isEmpty()) {
            return "";
        }
        if (l.size() == 1) {
            return l.get(0);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
    }

    /** {@code 1 pair}, {@code 2 pairs}. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
