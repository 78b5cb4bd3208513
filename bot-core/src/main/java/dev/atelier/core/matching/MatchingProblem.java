package dev.atelier.core.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to match: the enrolled interns and mentors (mentors' {@code places} already net of the
 * interns they mentor now), the open tasks, earlier pairs as {@code internId|mentorId} (refused
 * unless {@code allowRepeats}), the day (for pauses), and how many candidate mentors to keep per
 * intern on large cohorts ({@code topK}; see {@link Matcher}), and the interns' weekly hours with the
 * cohort's dates ({@link TimeBudget}: a task whose hours do not fit is not given), and what tasks ask of
 * interns' portfolios ({@link TaskGate}).
 */
public record MatchingProblem(
        List<Candidate> interns,
        List<Candidate> mentors,
        List<OpenTask> tasks,
        Set<String> earlierPairs,
        boolean allowRepeats,
        LocalDate today,
        int topK,
        TimeBudget time,
        TaskGate gate) {

    public MatchingProblem {
        interns = List.copyOf(interns);
        mentors = List.copyOf(mentors);
        tasks = List.copyOf(tasks);
        earlierPairs = Set.copyOf(earlierPairs);
        time = time == null ? TimeBudget.NONE : time;
        gate = gate == null ? TaskGate.OPEN : gate;
    }

    /** Without task requirements: every intern may take every task. */
    public MatchingProblem(
            List<Candidate> interns,
            List<Candidate> mentors,
            List<OpenTask> tasks,
            Set<String> earlierPairs,
            boolean allowRepeats,
            LocalDate today,
            int topK,
            TimeBudget time) {
        this(interns, mentors, tasks, earlierPairs, allowRepeats, today, topK, time, TaskGate.OPEN);
    }

    /** Without interns' time budgets: every task fits every intern's time. */
    public MatchingProblem(
            List<Candidate> interns,
            List<Candidate> mentors,
            List<OpenTask> tasks,
            Set<String> earlierPairs,
            boolean allowRepeats,
            LocalDate today,
            int topK) {
        this(interns, mentors, tasks, earlierPairs, allowRepeats, today, topK, TimeBudget.NONE, TaskGate.OPEN);
    }

    public static String pairKey(String internId, String mentorId) {
        return internId + "|" + mentorId;
    }
}
