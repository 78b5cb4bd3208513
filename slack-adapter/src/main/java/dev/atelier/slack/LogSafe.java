package dev.atelier.slack;

/**
 * Text from a request made safe for one log line: line breaks and other control characters are
 * escaped (so a value cannot start a forged line) and long values are cut.
 */
final class LogSafe {

    private static final int LIMIT = 200;

    private LogSafe() {}

    static String text(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), LIMIT) + 8);
        for (int i = 0; i < value.length() && out.length() < LIMIT; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return value.length() > LIMIT && out.length() >= LIMIT ? out + "…" : out.toString();
    }
}
