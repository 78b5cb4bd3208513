package dev.atelier.app.dashboard.archfixture;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import java.util.List;

/** Breaks the dashboard rule: a page reading a store port instead of the core's read model. */
public final class PageReadingAStore {

    public List<Cohort> cohorts(CohortStore cohorts, String communityId) {
        return cohorts.list(communityId);
    }
}
