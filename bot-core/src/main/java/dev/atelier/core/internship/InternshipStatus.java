package dev.atelier.core.internship;

/**
 * Proposed (paired, not started), active, completed (all milestones approved and a final review),
 * withdrawn (stopped by a moderator) or closed (ended by a moderator with a reason, without a credential).
 */
public enum InternshipStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    WITHDRAWN,
    CLOSED
}
