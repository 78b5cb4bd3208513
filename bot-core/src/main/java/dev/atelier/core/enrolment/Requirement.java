package dev.atelier.core.enrolment;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cohort task asks of an intern's portfolio: {@code count} completed internships of at least
 * {@code level}, each with a final score of at least {@code minScore} (0: any). Written
 * {@code "1 level-1 score 7"} (count and score optional: {@code "level-1"}).
 */
public record Requirement(int count, int level, int minScore) {

    private static final Pattern FORM =
            Pattern.compile("(?:(\\d{1,2})\\s*(?:x|×)?\\s*)?level[- ]?(\\d)(?:\\s*(?:score|>=|≥)\\s*(\\d{1,2}))?");

    public static Requirement parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new Rejected(Text.builder()
                    .plain("Write what the task requires like ")
                    .code("1 level-1 score 7")
                    .plain(" (one completed level-1 " + "internship scored 7 or more).")
                    .build());
        }
        int count = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        int level = Integer.parseInt(m.group(2));
        int score = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (count < 1 || level < 1 || level > Roster.MAX_LEVEL || score > 10) {
            throw new Rejected("A requirement needs at least 1 internship, a level from 1 to " + Roster.MAX_LEVEL
                    + " and a score up to 10.");
        }
        return new Requirement(count, level, score);
    }

    /** A completed internship as it counts for requirements: the level of its task, its final score. */
    public record Earned(long internship, String taskTitle, int level, int score) {}

    public boolean metBy(List<Earned> earned) {
        return earned.stream()
                        .filter(e -> e.level() >= level && e.score() >= minScore)
                        .count()
                >= count;
    }

    /** {@code 1 completed level-1 internship with a score of 7 or more}. */
    public String label() {
        return count + " completed level-" + level + " internship" + (count == 1 ? "" : "s")
                + (minScore > 0 ? " with a score of " + minScore + " or more" : "");
    }
}
