package dev.atelier.core.clock.duework;

import java.time.Instant;
import java.util.Optional;

/** Port: how far the clock is behind: when the oldest item that fell due and is not done fell due. */
public interface DueLag {

    /** The due time of the oldest item due at or before {@code now} and not done; empty when none waits. */
    Optional<Instant> oldestWaiting(Instant now);
}
