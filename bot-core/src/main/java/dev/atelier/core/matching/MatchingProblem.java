package dev.atelier.core.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to match: the enrolled interns and mentors (mentors' {@code places} already net of the
 * interns they mentor now), the open tasks, earlier pairs as {@code internId|mentorId} (refused
 * unless {@code allowRepeats}), the day (for pauses), and how many candidate mentors to keep per
 * intern on large cohorts ({@code topK}; see {@link Matcher}).
 */
public record MatchingProblem(List<Candidate> interns, List<Candidate> mentors, List<OpenTask> tasks,
                              Set<String> earlierPairs, boolean allowRepeats, LocalDate today, int topK) {

    public MatchingProblem {
        interns = List.copyOf(interns);
        mentors = List.copyOf(mentors);
        tasks = List.copyOf(tasks);
        earlierPairs = Set.copyOf(earlierPairs);
    }

    public static String pairKey(String internId, String mentorId) {
        return internId + "|" + mentorId;
    }
}
