package dev.atelier.core.payout;

import java.util.Optional;

/** Port: pay states by internship, and which cohorts split pay per milestone; both read by id. */
public interface PayoutStore {

    /** The internship's pay state; empty while it is pending (nothing recorded yet). */
    Optional<Payout> find(String communityId, long internship);

    void save(Payout payout);

    boolean milestoneSplit(String communityId, String cohortName);

    void setMilestoneSplit(String communityId, String cohortName, boolean on);
}
