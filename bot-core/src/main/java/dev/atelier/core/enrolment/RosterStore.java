package dev.atelier.core.enrolment;

import java.util.Optional;

/** Port: the roster of each cohort, one document per cohort. */
public interface RosterStore {

    Optional<Roster> find(String communityId, String cohortName);

    /** Saves the roster if nobody changed it since it was loaded; otherwise ConcurrentChange. */
    Roster save(Roster roster);
}
