package dev.atelier.core.pairing;

import java.util.Optional;

/** Port: the pending pairing plan of each cohort. */
public interface PlanStore {

    Optional<PairingPlan> find(String communityId, String cohortName);

    /** Saves the plan if nobody changed it since it was loaded; otherwise ConcurrentChange. */
    PairingPlan save(PairingPlan plan);

    void delete(String communityId, String cohortName);
}
