package dev.atelier.core.clock.stall;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Port: the risk flags of internships, each raised and cleared by a conditional update. */
public interface HealthStore {

    /** The flags of these internships of the community, by internship number; unflagged ones may be absent. */
    Map<Long, Flag> of(String communityId, Collection<Long> internships);

    /** Raises the flag unless it is up; true only for the one caller that raised it. */
    boolean raise(String communityId, long internship, String reason, Instant at);

    /** Clears the flag if it is up; true only for the one caller that cleared it. */
    boolean clear(String communityId, long internship, Instant at);
}
