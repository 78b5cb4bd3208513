package dev.atelier.core.cohort;

import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;

/** A moderator closes a cohort: its running internships go on, but no new one starts in it. */
public final class CloseCohort {

    private final CohortStore cohorts;

    public CloseCohort(CohortStore cohorts) {
        this.cohorts = cohorts;
    }

    public Outcome execute(Requester requester, String name) {
        Cohort cohort = cohorts.find(requester.communityId(), name).orElseThrow(() -> new NoSuchCohort(name));
        cohorts.update(cohort.close());
        return Outcome.reply(CohortReplies.closed(cohort));
    }
}
