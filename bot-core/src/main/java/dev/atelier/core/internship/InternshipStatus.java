package dev.atelier.core.internship;

/** Proposed (paired, not started), active, completed (all milestones approved) or withdrawn. */
public enum InternshipStatus {
    PROPOSED, ACTIVE, COMPLETED, WITHDRAWN
}
