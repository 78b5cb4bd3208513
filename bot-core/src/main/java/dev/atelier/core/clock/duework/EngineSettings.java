package dev.atelier.core.clock.duework;

import java.time.Duration;
import java.util.UUID;

/**
 * How this instance works through due items: its id in claims, how long a claim lives before another
 * instance may take it over, how many items one claim takes, how many one tick handles at most, and
 * and how many notifications per second it sends to one platform (0: unpaced).
 */
public record EngineSettings(String instanceId, Duration lease, int batch, int maxPerTick, int sendsPerSecond) {

    public EngineSettings {
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("an instance needs an id");
        }
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || batch < 1 || maxPerTick < 1 || sendsPerSecond < 0) {
            throw new IllegalArgumentException("lease >= 1 s, batch >= 1, max per tick >= 1, sends per second >= 0");
        }
    }

    /**
     * A fresh instance id, a 2-minute lease, claims of 100, up to 2,000 items a tick, 20 sends per second
     * per platform.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(
                "atelier-" + UUID.randomUUID().toString().substring(0, 8), Duration.ofMinutes(2), 100, 2000, 20);
    }
}
