package dev.atelier.core.internship;

/**
 * Active (from the start), completed (all milestones approved and a final review), withdrawn (stopped by a
 * moderator) or closed (ended by a moderator with a reason, without a credential).
 */
public enum InternshipStatus {
    ACTIVE,
    COMPLETED,
    WITHDRAWN,
    CLOSED
}
