package dev.atelier.core.portfolio;

import java.time.LocalDate;
import java.util.List;

/** One completed micro-internship in a member's portfolio. */
public record PortfolioEntry(
        long internship,
        String task,
        String cohort,
        LocalDate completed,
        int score,
        List<String> skills,
        int minutes,
        String mentor,
        String credentialUrl) {

    public PortfolioEntry {
        skills = List.copyOf(skills);
    }
}
