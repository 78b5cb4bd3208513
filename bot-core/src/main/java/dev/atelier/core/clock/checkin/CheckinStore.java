package dev.atelier.core.clock.checkin;

import java.util.Optional;

/** Port: the check-ins of every internship, one document each, saved under optimistic locking. */
public interface CheckinStore {

    Optional<Checkin> find(String communityId, long internship);

    /**
     * Stores a new check-in or saves a changed one if nobody changed it since it was loaded;
     * otherwise throws ConcurrentChange. A scheduler that loses this race has not claimed the prompt.
     */
    Checkin save(Checkin checkin);
}
