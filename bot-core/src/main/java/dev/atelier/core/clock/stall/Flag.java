package dev.atelier.core.clock.stall;

import java.time.Instant;

/** The risk flag of one internship: raised with a reason at {@code flaggedAt}, or cleared. */
public record Flag(String communityId, long internship, boolean atRisk, String reason, Instant flaggedAt) {}
