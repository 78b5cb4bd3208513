package dev.atelier.app.dashboard;

import dev.atelier.app.dashboard.PairRisks.PairRisk;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.planfit.BurnUp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Loads pairs and cohorts for a viewer, always within the viewer's community; unknown ids are "not found". */
@Component
class PairFactsLoader {

    private final DashboardReads reads;
    private final PairRisks risks;

    PairFactsLoader(DashboardReads reads, PairRisks risks) {
        this.reads = reads;
        this.risks = risks;
    }

    Cohort cohort(Viewer viewer, String name) {
        if (name == null || name.isBlank() || name.length() > Cohort.MAX_NAME) {
            throw DashboardProblem.notFound("There is no cohort by that name in " + viewer.communityName() + ".");
        }
        return reads.cohorts()
                .find(viewer.communityId(), name)
                .orElseThrow(() -> DashboardProblem.notFound(
                        "There is no cohort named “" + name + "” in " + viewer.communityName() + "."));
    }

    List<Cohort> cohorts(Viewer viewer) {
        return reads.cohorts().list(viewer.communityId()).stream()
                .sorted(Comparator.comparing(Cohort::createdAt).reversed())
                .toList();
    }

    /** The pairs of a cohort (null: pairs outside any cohort), by number. */
    List<PairFacts> ofCohort(Viewer viewer, String cohortName) {
        Map<Long, PairRisk> byNumber = risks.cohort(viewer.communityId(), cohortName);
        return reads.internships().findByCohort(viewer.communityId(), cohortName).stream()
                .sorted(Comparator.comparingLong(Internship::number))
                .map(i -> facts(viewer, i, byNumber))
                .toList();
    }

    PairFacts pair(Viewer viewer, long number) {
        Internship internship = reads.internships()
                .find(viewer.communityId(), number)
                .orElseThrow(() -> DashboardProblem.notFound(
                        "There is no internship #" + number + " in " + viewer.communityName() + "."));
        return facts(
                viewer,
                internship,
                risks.cohort(viewer.communityId(), internship.data().cohortName()));
    }

    /** The pair's check-in answers, newest first; {@code number} was checked to be the viewer's with {@link #pair}. */
    List<AnsweredCheckin> answers(Viewer viewer, long number) {
        return reads.checkinHistory().of(viewer.communityId(), number);
    }

    /** Logged hours against the milestones' estimates (burn-up per milestone). */
    BurnUp burnUp(Internship i) {
        return BurnUp.of(i, reads.plans().estimates(i));
    }

    private PairFacts facts(Viewer viewer, Internship i, Map<Long, PairRisk> byNumber) {
        String community = viewer.communityId();
        PairRisk risk = byNumber.getOrDefault(
                i.number(), new PairRisk(i.number(), false, "", i.data().createdAt(), 0));
        return new PairFacts(
                i,
                reads.questions().ofInternship(community, i.number()),
                reads.checkins().find(community, i.number()),
                reads.conversations().messages(community, i.number()),
                risk);
    }
}
