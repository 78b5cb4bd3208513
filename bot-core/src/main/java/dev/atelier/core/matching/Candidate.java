package dev.atelier.core.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A member as matching sees them: skills with levels (1–5), learning goals, career-goal words,
 * the UTC hours they work ({@link Availability}), and for mentors their expertise and free
 * places. Skill names are lowercase.
 */
public record Candidate(
        String id,
        String name,
        Map<String, Integer> skills,
        Set<String> learning,
        Set<String> careerWords,
        Availability availability,
        Set<String> expertise,
        int places,
        LocalDate pausedUntil,
        Set<String> avoid) {

    public Candidate {
        skills = Map.copyOf(skills);
        learning = Set.copyOf(learning);
        careerWords = Set.copyOf(careerWords);
        expertise = Set.copyOf(expertise);
        avoid = Set.copyOf(avoid);
        availability = availability == null ? Availability.UNKNOWN : availability;
    }

    public boolean pausedOn(LocalDate day) {
        return pausedUntil != null && !pausedUntil.isBefore(day);
    }
}
