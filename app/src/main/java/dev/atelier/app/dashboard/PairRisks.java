package dev.atelier.app.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * Which pairs of a cohort are at risk, why, and when each was last active: what the pages and
 * exports show. {@link HealthPairRisks} reads it from the core's stall detection (cohort health).
 */
interface PairRisks {

    /** The pairs of the community's cohort ({@code cohortName} null: pairs outside any cohort), by internship number. */
    Map<Long, PairRisk> cohort(String communityId, String cohortName);

    /** One pair's risk: whether it is at risk and why, its last activity, and check-ins missed in a row. */
    record PairRisk(long internship, boolean atRisk, String reason, Instant lastActivity, int missedInRow) {}
}
