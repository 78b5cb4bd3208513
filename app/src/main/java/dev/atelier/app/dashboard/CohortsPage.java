package dev.atelier.app.dashboard;

import java.util.List;

/** The overview: one card per cohort, and the pairs that belong to none. */
record CohortsPage(List<Card> cohorts, List<PairRow> withoutCohort, long pairs, long atRisk) {

    /** One cohort at a glance. */
    record Card(
            String name,
            String href,
            String status,
            String dates,
            List<Count> byStatus,
            long approved,
            long planned,
            int progress,
            long atRisk,
            int pairs) {}

    /** How many pairs are in one status. */
    record Count(String status, long pairs) {}
}
