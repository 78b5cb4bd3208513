package dev.atelier.core.profile;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses what members type into a profile, with a specific message for each mistake. */
final class ProfileText {

    static final int MAX_LEVEL = 5;
    static final int DEFAULT_LEVEL = 2;

    private ProfileText() {}

    /** {@code "java:4, sql:2, testing"}: skills with levels 1–5 (2 when left out). */
    static Map<String, Integer> skills(String text) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (String item : list(text)) {
            String[] parts = item.split(":", 2);
            String name = parts[0].strip();
            int level = DEFAULT_LEVEL;
            if (parts.length == 2) {
                try {
                    level = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    level = -1;
                }
                if (level < 1 || level > MAX_LEVEL) {
                    throw new Rejected(Text.builder()
                            .plain("The level of ")
                            .user(name)
                            .plain(" must be 1 to " + MAX_LEVEL + ", as in ")
                            .code("java:4, sql:2")
                            .plain(".")
                            .build());
                }
            }
            if (!name.isEmpty()) {
                skills.put(name, level);
            }
        }
        return skills;
    }

    /** A comma-separated list, lowercase, without blanks or repeats. */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** {@code Europe/Paris}, {@code UTC+2} or {@code +05:30}, checked. */
    static String zone(String text) {
        try {
            return ZoneId.of(text.strip(), ZoneId.SHORT_IDS).getId();
        } catch (DateTimeException e) {
            throw new Rejected(Text.builder()
                    .user(text)
                    .plain(" is not a time zone. Use a name like ")
                    .code("Europe/Paris")
                    .plain(" or an offset like ")
                    .code("UTC+2")
                    .plain(".")
                    .build());
        }
    }

    /** {@code 9-17}: the local hours someone works, from 0 to 24. */
    static int[] window(String text) {
        String[] parts = text.strip().split("\\s*-\\s*", -1);
        try {
            int from = Integer.parseInt(parts[0]);
            int to = Integer.parseInt(parts[1]);
            if (parts.length == 2 && from >= 0 && from < 24 && to > 0 && to <= 24 && from != to) {
                return new int[] {from, to};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // falls through to the refusal
        }
        throw new Rejected(Text.builder()
                .plain("Working hours go like ")
                .code("9-17")
                .plain(" (local time, hours 0 to 24).")
                .build());
    }

    static String limited(String text, int max, String what) {
        if (text != null && text.strip().length() > max) {
            throw new Rejected(what + " is limited to " + max + " characters.");
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
