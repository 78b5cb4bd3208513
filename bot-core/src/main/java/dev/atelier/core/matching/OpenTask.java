package dev.atelier.core.matching;

import java.util.List;

/** A task of the cohort nobody works on yet: its required skills (lowercase) and its level (1–5, 0 unknown). */
public record OpenTask(long number, String title, List<String> skills, int level) {

    public OpenTask {
        skills = List.copyOf(skills);
    }
}
