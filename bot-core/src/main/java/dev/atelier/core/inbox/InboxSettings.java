package dev.atelier.core.inbox;

import java.time.Duration;
import java.util.UUID;

/**
 * How this instance works through the inbox: its id in claims, how many workers run commands, how
 * long a lane claim lives before another instance may take it over, how often idle workers look for
 * commands stored by other instances or left by a crashed one, and how long answered commands are
 * kept (their delivery keys are remembered that long).
 */
public record InboxSettings(String instanceId, int workers, Duration lease, Duration poll, Duration keep) {

    public InboxSettings {
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("an instance needs an id");
        }
        if (workers < 1
                || lease.compareTo(Duration.ofSeconds(1)) < 0
                || poll.isNegative()
                || poll.isZero()
                || keep.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("workers >= 1, lease >= 1 s, poll > 0, keep >= 1 h");
        }
    }

    /** A fresh instance id, 8 workers, a 60 s lease, a look every second, answered commands kept a day. */
    public static InboxSettings defaults() {
        return new InboxSettings(
                "atelier-" + UUID.randomUUID().toString().substring(0, 8),
                8,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                Duration.ofDays(1));
    }
}
