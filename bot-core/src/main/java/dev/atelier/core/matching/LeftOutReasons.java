package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Decides which intern–mentor pairs are allowed, and says in words why someone was left out. */
final class LeftOutReasons {

    private final MatchingProblem problem;
    private final Map<String, Set<String>> earlierMentors = new HashMap<>();

    LeftOutReasons(MatchingProblem problem) {
        this.problem = problem;
        for (String pair : problem.earlierPairs()) {
            int bar = pair.indexOf('|');
            earlierMentors
                    .computeIfAbsent(pair.substring(0, bar), k -> new HashSet<>())
                    .add(pair.substring(bar + 1));
        }
    }

    /** Each intern id's earlier mentors' ids. */
    Map<String, Set<String>> earlierMentors() {
        return earlierMentors;
    }

    boolean allowed(Candidate intern, Candidate mentor) {
        return blocker(intern, mentor) == null;
    }

    /** Why these two may not be paired, or null when they may. */
    String blocker(Candidate intern, Candidate mentor) {
        if (intern.id().equals(mentor.id())) {
            return "cannot mentor themselves";
        }
        if (intern.avoid().contains(mentor.id()) || mentor.avoid().contains(intern.id())) {
            return "don't-pair lists";
        }
        if (!problem.allowRepeats()
                && earlierMentors.getOrDefault(intern.id(), Set.of()).contains(mentor.id())) {
            return "paired before";
        }
        if (!intern.learning().isEmpty() && !knowsAny(mentor, intern)) {
            return "skills";
        }
        return null;
    }

    private static boolean knowsAny(Candidate mentor, Candidate intern) {
        for (String goal : intern.learning()) {
            if (mentor.expertise().contains(goal)) {
                return true;
            }
        }
        return false;
    }

    /** Why an intern got no mentor; {@code suitable} are the mentors it had a candidate edge to. */
    String intern(Candidate intern, List<Integer> suitableMentors, List<Candidate> open) {
        if (intern.pausedOn(problem.today())) {
            return "paused until " + intern.pausedUntil();
        }
        if (problem.mentors().isEmpty()) {
            return "the cohort has no mentors";
        }
        if (open.isEmpty()) {
            return "all mentors full (every mentor is paused, at capacity or has capacity 0)";
        }
        Set<String> suitable = new LinkedHashSet<>();
        for (int m : suitableMentors) {
            suitable.add(open.get(m).name());
        }
        if (!suitable.isEmpty()) {
            return "all suitable mentors are full (" + Words.list(new ArrayList<>(suitable)) + ")";
        }
        Set<String> blockers = new TreeSet<>();
        for (Candidate mentor : open) {
            blockers.add(blocker(intern, mentor));
        }
        List<String> parts = new ArrayList<>();
        if (blockers.contains("skills")) {
            parts.add(
                    blockers.size() == 1
                            ? "no mentor with a free place knows " + Words.list(new TreeSet<>(intern.learning()))
                            : "others know none of " + Words.list(new TreeSet<>(intern.learning())));
        }
        if (blockers.contains("don't-pair lists")) {
            parts.add(0, "excluded by don't-pair lists or declined pairings");
        }
        if (blockers.contains("paired before")) {
            parts.add(0, "already paired before with the mentors left (allow repeats to pair them again)");
        }
        if (blockers.contains("cannot mentor themselves")) {
            parts.add("the only mentor is themselves");
        }
        return String.join("; ", parts);
    }

    String mentor(Candidate mentor) {
        if (mentor.pausedOn(problem.today())) {
            return "paused until " + mentor.pausedUntil();
        }
        if (mentor.places() <= 0) {
            return "no free place (capacity " + (mentor.places() == 0 ? "reached or 0" : "0") + ")";
        }
        return "no intern left who fits (" + mentor.places() + " free " + (mentor.places() == 1 ? "place" : "places")
                + ")";
    }
}
