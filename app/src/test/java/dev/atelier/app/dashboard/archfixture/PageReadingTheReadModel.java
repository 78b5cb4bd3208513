package dev.atelier.app.dashboard.archfixture;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.dashboard.DashboardReads;
import java.util.List;

/** Keeps the dashboard rule: a page reading through the core's read model. */
public final class PageReadingTheReadModel {

    public List<Cohort> cohorts(DashboardReads reads, String communityId) {
        return reads.cohorts(communityId);
    }
}
