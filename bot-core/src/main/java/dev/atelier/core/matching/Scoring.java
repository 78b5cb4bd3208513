package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The score of a pairing, in whole points, with its reasons.
 *
 * <ul>
 *   <li>Mentor and intern: 10 points per learning goal of the intern the mentor has expertise in
 *       (at most 4 counted); 2 points per hour a day their stated working hours overlap across
 *       time zones (at most 8 hours counted); up to 20 points for similar career goals (Jaccard
 *       similarity of their career-goal words).</li>
 *   <li>Pair and task: 6 points per task skill the mentor has expertise in and 6 per task skill
 *       the intern wants to learn; 5 more when the intern's level in the task's skills is the
 *       task's level or one below it (a reachable stretch).</li>
 * </ul>
 */
public final class Scoring {

    static final int PER_SHARED_GOAL = 10;
    static final int MAX_SHARED_GOALS = 4;
    static final int PER_OVERLAP_HOUR = 2;
    static final int MAX_OVERLAP_HOURS = 8;
    static final int CAREER = 20;
    static final int PER_TASK_SKILL = 6;
    static final int LEVEL_FIT = 5;

    private Scoring() {}

    public static PairScore pair(Candidate intern, Candidate mentor) {
        int points = 0;
        List<String> reasons = new ArrayList<>();
        Set<String> shared = new TreeSet<>(intern.learning());
        shared.retainAll(mentor.expertise());
        if (!shared.isEmpty()) {
            points += PER_SHARED_GOAL * Math.min(shared.size(), MAX_SHARED_GOALS);
            reasons.add(Words.capitalized(Words.list(shared)) + " in common");
        }
        if (intern.availability().known() && mentor.availability().known()) {
            int hours = intern.availability().overlap(mentor.availability());
            points += PER_OVERLAP_HOUR * Math.min(hours, MAX_OVERLAP_HOURS);
            reasons.add(hours + " h overlap");
        }
        Set<String> career = new TreeSet<>(intern.careerWords());
        career.retainAll(mentor.careerWords());
        if (!career.isEmpty()) {
            Set<String> union = new HashSet<>(intern.careerWords());
            union.addAll(mentor.careerWords());
            points += Math.round((float) CAREER * career.size() / union.size());
            reasons.add("career goals alike (" + Words.list(career) + ")");
        }
        return new PairScore(points, reasons);
    }

    /** The points of {@link #pair} without building its reasons: what the solver needs, fast. */
    public static int points(Candidate intern, Candidate mentor) {
        int shared = 0;
        for (String goal : intern.learning()) {
            shared += mentor.expertise().contains(goal) ? 1 : 0;
        }
        int points = PER_SHARED_GOAL * Math.min(shared, MAX_SHARED_GOALS);
        if (intern.availability().known() && mentor.availability().known()) {
            points += PER_OVERLAP_HOUR
                    * Math.min(intern.availability().overlap(mentor.availability()), MAX_OVERLAP_HOURS);
        }
        int common = 0;
        for (String word : intern.careerWords()) {
            common += mentor.careerWords().contains(word) ? 1 : 0;
        }
        if (common > 0) {
            int union = intern.careerWords().size() + mentor.careerWords().size() - common;
            points += Math.round((float) CAREER * common / union);
        }
        return points;
    }

    public static PairScore task(Candidate intern, Candidate mentor, OpenTask task) {
        int points = 0;
        List<String> reasons = new ArrayList<>();
        Set<String> mentorKnows = new TreeSet<>(task.skills());
        mentorKnows.retainAll(mentor.expertise());
        Set<String> internWants = new TreeSet<>(task.skills());
        internWants.retainAll(intern.learning());
        points += PER_TASK_SKILL * (mentorKnows.size() + internWants.size());
        if (!mentorKnows.isEmpty()) {
            reasons.add("task #" + task.number() + " needs " + Words.list(mentorKnows) + ", which the mentor knows");
        }
        if (!internWants.isEmpty()) {
            reasons.add("the intern wants to learn " + Words.list(internWants));
        }
        int level = task.skills().stream()
                .mapToInt(s -> intern.skills().getOrDefault(s, 0))
                .max()
                .orElse(0);
        if (task.level() > 0 && (level == task.level() || level == task.level() - 1)) {
            points += LEVEL_FIT;
            reasons.add("level " + task.level() + " fits");
        }
        return new PairScore(points, reasons);
    }
}
