package dev.atelier.core.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to match: the enrolled interns and mentors (mentors' {@code places} already net of the
 * interns they mentor now), the open tasks, earlier pairs as {@code internId|mentorId} (refused
 * unless {@code allowRepeats}), the day (for pauses), and how many candidate mentors to keep per
 * intern on large cohorts ({@code topK}; see {@link Matcher}), and the interns' weekly hours with the
 * cohort's dates ({@link TimeBudget}: a task whose hours do not fit is not given).
 */
public record MatchingProblem(List<Candidate> interns, List<Candidate> mentors, List<OpenTask> tasks,
                              Set<String> earlierPairs, boolean allowRepeats, LocalDate today, int topK,
                              TimeBudget time) {

    public MatchingProblem {
        interns = List.copyOf(interns);
        mentors = List.copyOf(mentors);
        tasks = List.copyOf(tasks);
        earlierPairs = Set.copyOf(earlierPairs);
        time = time == null ? TimeBudget.NONE : time;
    }

    /** Without interns' time budgets: every task fits every intern's time. */
    public MatchingProblem(List<Candidate> interns, List<Candidate> mentors, List<OpenTask> tasks,
                           Set<String> earlierPairs, boolean allowRepeats, LocalDate today, int topK) {
        this(interns, mentors, tasks, earlierPairs, allowRepeats, today, topK, TimeBudget.NONE);
    }

    public static String pairKey(String internId, String mentorId) {
        return internId + "|" + mentorId;
    }
}
