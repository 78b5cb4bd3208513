package dev.atelier.core.question;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import java.time.Duration;
import java.util.List;

/** An internship's questions in {@code status}: how many were asked, how many wait, the median time to a first reply. */
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
        List<Duration> waits = asked.stream().filter(q -> q.firstReplyAt() != null)
                .map(q -> Duration.between(q.data().askedAt(), q.firstReplyAt())).sorted().toList();
        String median = waits.isEmpty() ? "no replies yet" : "median first reply " + words(median(waits));
        return List.of("❓ " + asked.size() + " question(s) asked · " + open + " open · " + median);
    }

    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
