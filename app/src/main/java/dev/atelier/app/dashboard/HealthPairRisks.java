package dev.atelier.app.dashboard;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.stall.Activity;
import dev.atelier.core.clock.stall.CohortHealth;
import dev.atelier.core.clock.stall.PairHealth;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.internship.Internship;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Risk as the core's stall detection flags it ({@link CohortHealth}, the figures behind
 * {@code cohort health}) for active pairs; pairs no longer active are never at risk and show when
 * they were last active and the check-ins they missed.
 */
final class HealthPairRisks implements PairRisks {

    private final CohortHealth health;
    private final DashboardReads reads;

    HealthPairRisks(CohortHealth health, DashboardReads reads) {
        this.health = health;
        this.reads = reads;
    }

    @Override
    public Map<Long, PairRisk> cohort(String communityId, String cohortName) {
        Map<Long, PairRisk> risks = new LinkedHashMap<>();
        for (PairHealth pair : health.pairs(communityId, cohortName)) {
            risks.put(
                    pair.internship(),
                    new PairRisk(
                            pair.internship(),
                            pair.atRisk(),
                            pair.reason() == null ? "" : pair.reason(),
                            pair.lastActivity(),
                            pair.missedInRow()));
        }
        for (Internship i : reads.internships().findByCohort(communityId, cohortName)) {
            risks.computeIfAbsent(i.number(), number -> inactive(communityId, i));
        }
        return risks;
    }

    private PairRisk inactive(String communityId, Internship i) {
        Optional<Checkin> checkin = reads.checkins().find(communityId, i.number());
        return new PairRisk(
                i.number(),
                false,
                "",
                Activity.last(
                        i,
                        checkin,
                        reads.questions().ofInternship(communityId, i.number()),
                        reads.conversations().lastMessageAt(communityId, i.number())),
                checkin.map(Checkin::missedInRow).orElse(0));
    }
}
