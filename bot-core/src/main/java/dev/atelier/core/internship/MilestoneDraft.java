package dev.atelier.core.internship;

import java.time.LocalDate;

/**
 * What a planner writes for a new milestone: a title, acceptance criteria, a due date and an estimate in hours
 * (each but the title may be null; without an estimate the milestone gets a share of the task's hours).
 */
public record MilestoneDraft(String title, String criteria, LocalDate due, Integer estimate) {}
