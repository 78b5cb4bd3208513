package dev.atelier.core.delivery;

import java.time.Duration;

/**
 * Delivery keys already seen, per community, remembered for a while: the first call with a key
 * answers {@code true} (act), every later one within {@code remember} answers {@code false} (the
 * same delivery again: acknowledge without acting). Atomic across threads and instances.
 */
public interface Deliveries {

    /** How long interaction keys (form submissions, button presses, events) are remembered. */
    Duration INTERACTIONS = Duration.ofHours(24);

    boolean firstTime(String communityId, String key, Duration remember);
}
