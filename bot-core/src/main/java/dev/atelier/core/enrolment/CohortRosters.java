package dev.atelier.core.enrolment;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStatus;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.cohort.NoSuchCohort;
import dev.atelier.core.shared.Rejected;

/** Finds a cohort by name in the requester's community, with its roster (empty until someone joins). */
public final class CohortRosters {

    private final CohortStore cohorts;
    private final RosterStore rosters;

    public CohortRosters(CohortStore cohorts, RosterStore rosters) {
        this.cohorts = cohorts;
        this.rosters = rosters;
    }

    public Cohort cohort(String communityId, String name) {
        return cohorts.find(communityId, name).orElseThrow(() -> new NoSuchCohort(name));
    }

    public Roster roster(String communityId, String name) {
        Cohort cohort = cohort(communityId, name);
        return rosters.find(communityId, cohort.name()).orElse(Roster.empty(communityId, cohort.name()));
    }

    /** The roster of a cohort that still takes members. */
    public Roster open(String communityId, String name) {
        Cohort cohort = cohort(communityId, name);
        if (cohort.status() == CohortStatus.CLOSED) {
            throw new Rejected("Cohort " + cohort.name() + " is closed.");
        }
        return rosters.find(communityId, cohort.name()).orElse(Roster.empty(communityId, cohort.name()));
    }

    public Roster save(Roster roster) {
        return rosters.save(roster);
    }
}
