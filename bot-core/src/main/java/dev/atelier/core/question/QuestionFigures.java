package dev.atelier.core.question;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import java.time.Duration;
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
    public List<String> linesFor(String communityId, Internship internship) {
        List<Question> asked = questions.ofInternship(communityId, internship.number());
        if (asked.isEmpty()) {
            return List.of();
        }
        long open = asked.stream().filter(q -> q.status().waiting()).count();
        List<Duration> waits = asked.stream()
                .filter(q -> q.firstReplyAt() != null)
                .map(q -> Duration.between(q.data().askedAt(), q.firstReplyAt()))
                .sorted()
                .toList();
        String median = waits.isEmpty() ? "no replies yet" : "median first reply " + words(median(waits));
        String line = "❓ " + asked.size() + " question(s) asked · " + open + " open · " + median;
        Map<String, Long> helpers = asked.stream()
                .filter(Question::answeredByHelper)
                .collect(Collectors.groupingBy(Question::firstReplyBy, TreeMap::new, Collectors.counting()));
        if (helpers.isEmpty()) {
            return List.of(line);
        }
        return List.of(
                line,
                "🤝 answered first by helpers: "
                        + helpers.entrySet().stream()
                                .map(e -> "<@" + e.getKey() + "> ×" + e.getValue())
                                .collect(Collectors.joining(", ")));
    }

    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
