package dev.atelier.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the check-ins of every internship, one document each, saved under optimistic locking. */
public interface CheckinStore {

    Optional<Checkin> find(String communityId, long internship);

    /**
     * Stores a new check-in or saves a changed one if nobody changed it since it was loaded;
     * otherwise throws ConcurrentChange. A scheduler that loses this race has not claimed the prompt.
     */
    Checkin save(Checkin checkin);

    /** Check-ins, in any community, whose next prompt is due at or before {@code now}, earliest first. */
    List<Checkin> due(Instant now, int limit);

    /** Check-ins, in any community, with an unanswered prompt sent at or before {@code sentBefore}. */
    List<Checkin> unansweredSince(Instant sentBefore, int limit);
}
