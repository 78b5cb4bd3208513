package dev.atelier.core.cohort;

/** Draft until its first internship starts, then active; closed cohorts take no new internships. */
public enum CohortStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
