package dev.atelier.core.question;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An internship's questions in {@code status}: how many were asked, how many wait, the median time to a
 * first reply, and the helpers (neither the asker nor the mentor) who replied first, with how often.
 */
public final class QuestionFigures implements InternshipFigures {

    private final QuestionStore questions;

    public QuestionFigures(QuestionStore questions) {
        this.questions = questions;
    }

    @Override
    public List<Text> linesFor(String communityId, Internship internship) {
        List<Question> asked = questions.ofInternship(communityId, internship.number());
        if (asked.isEmpty()) {
            return List.of();
        }
        QuestionStats stats = QuestionStats.of(asked);
        String median = stats.medianFirstReply() == null
                ? "no replies yet"
                : "median first reply " + QuestionStats.words(stats.medianFirstReply());
        Text line =
                Text.of("❓ " + Plural.of(stats.asked(), "question") + " asked · " + stats.open() + " open · " + median);
        Map<String, Long> helpers = asked.stream()
                .filter(Question::answeredByHelper)
                .collect(Collectors.groupingBy(Question::firstReplyBy, TreeMap::new, Collectors.counting()));
        if (helpers.isEmpty()) {
            return List.of(line);
        }
        return List.of(
                line,
                Text.of("🤝 answered first by helpers: ")
                        .append(Text.join(
                                Text.of(", "),
                                helpers.entrySet().stream()
                                        .map(e -> Text.builder()
                                                .member(e.getKey())
                                                .plain(" ×" + e.getValue())
                                                .build())
                                        .toList())));
    }
}
