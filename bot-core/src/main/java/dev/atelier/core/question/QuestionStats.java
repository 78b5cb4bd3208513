package dev.atelier.core.question;

import java.time.Duration;
import java.util.List;

/**
 * An internship's questions counted one way for chat and the dashboard alike: how many were asked,
 * how many wait, and the median time from asking to the first reply (null when none got one).
 */
public record QuestionStats(long asked, long open, Duration medianFirstReply) {

    public static QuestionStats of(List<Question> questions) {
        long open = questions.stream().filter(q -> q.status().waiting()).count();
        return new QuestionStats(questions.size(), open, median(replyTimes(questions)));
    }

    /** Times from asking to the first reply, shortest first, for the questions that got one. */
    public static List<Duration> replyTimes(List<Question> questions) {
        return questions.stream()
                .filter(q -> q.firstReplyAt() != null)
                .map(q -> Duration.between(q.data().askedAt(), q.firstReplyAt()))
                .sorted()
                .toList();
    }

    /** The median of sorted durations, or null for none. */
    public static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** A duration in words: {@code 45 min}, {@code 2 h}, {@code 3 h 10 min}, {@code 2 days 5 h}. */
    public static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
        }
        return minutes / (24 * 60) + " days " + (minutes / 60) % 24 + " h";
    }
}
