package dev.atelier.core.clock.stall;

import java.time.Instant;

/**
 * How one pair of a cohort is doing: whether it is flagged at risk, why and since when (null when
 * not), its last activity, how many check-ins it missed in a row, and its task.
 */
public record PairHealth(
        long internship,
        String internId,
        String mentorId,
        boolean atRisk,
        String reason,
        Instant flaggedAt,
        Instant lastActivity,
        int missedInRow,
        String taskTitle) {}
