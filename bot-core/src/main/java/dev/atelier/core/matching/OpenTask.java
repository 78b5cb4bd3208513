package dev.atelier.core.matching;

import java.util.List;

/**
 * A task of the cohort nobody works on yet: its required skills (lowercase), its level (1–5, 0 unknown) and
 * its estimated hours (0 unknown).
 */
public record OpenTask(long number, String title, List<String> skills, int level, int hours) {

    public OpenTask {
        skills = List.copyOf(skills);
    }

    /** Without estimated hours. */
    public OpenTask(long number, String title, List<String> skills, int level) {
        this(number, title, skills, level, 0);
    }
}
