package dev.atelier.core.command;

import java.util.Map;

/**
 * The title of the form a button opens, in the words its cards use ("Review M2", "Submit M1", "Complete
 * internship #1"); at most 45 characters, as Discord and Slack allow. Other commands are titled by their name
 * and first value.
 */
final class FormTitles {

    private static final int MAX = 45;

    private FormTitles() {}

    static String of(CommandSpec spec, Map<String, String> raw) {
        String title = switch (spec.path()) {
            case "review" -> numbered("Review M", raw.get("milestone"), "Review");
            case "submit" -> numbered("Submit M", raw.get("milestone"), "Submit work");
            case "checkin answer" -> "Answer check-in";
            case "internship complete" -> numbered("Complete internship #", raw.get("internship"), "Complete");
            case "milestone add" -> "Add a milestone";
            case "milestone propose" -> "Propose a milestone";
            case "ask" -> "Ask my mentor";
            case "log" -> "Log hours";
            default -> byName(spec, raw);
        };
        return title.length() > MAX ? title.substring(0, MAX) : title;
    }

    private static String numbered(String prefix, String number, String without) {
        return number == null || !number.matches("\\d{1,9}") ? without : prefix + number;
    }

    private static String byName(CommandSpec spec, Map<String, String> raw) {
        String verb = Character.toUpperCase(spec.name().charAt(0)) + spec.name().substring(1);
        String first = raw.values().stream().findFirst().orElse("");
        String title = (verb + " " + first).strip();
        return title.length() > 24 ? verb : title;
    }
}
