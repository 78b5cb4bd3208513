package dev.atelier.core.cohort;

import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;

/** Lists a community's cohorts with their status and dates. */
public final class ListCohorts {

    private final CohortStore cohorts;

    public ListCohorts(CohortStore cohorts) {
        this.cohorts = cohorts;
    }

    public Outcome execute(Requester requester) {
        return Outcome.reply(CohortReplies.list(cohorts.list(requester.communityId())));
    }
}
