package dev.atelier.app.delivery;

import dev.atelier.core.community.Platform;
import dev.atelier.core.outbox.DeliveryEvents;
import dev.atelier.core.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as metrics: {@code atelier.outbox.delivered}, {@code atelier.outbox.retries} (by reason:
 * rate-limited, unsure) and {@code atelier.outbox.dropped} (by reason: expired, blocked, gone, refused),
 * each tagged with the platform; {@code atelier.outbox.depth} (pending items) and
 * {@code atelier.outbox.oldest.seconds} (age of the oldest pending item), read at most every 5 s.
 */
final class OutboxMetrics implements DeliveryEvents {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final MeterRegistry registry;
    private final Outbox outbox;
    private final Clock clock;
    private volatile Outbox.Backlog backlog = new Outbox.Backlog(0, null, java.util.List.of());
    private volatile Instant readAt = Instant.EPOCH;

    OutboxMetrics(MeterRegistry registry, Outbox outbox, Clock clock) {
        this.registry = registry;
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder("atelier.outbox.depth", this, m -> m.backlog().pending())
                .description("Messages waiting in the outbox")
                .register(registry);
        Gauge.builder("atelier.outbox.oldest.seconds", this, OutboxMetrics::oldestSeconds)
                .description("Age of the oldest message waiting in the outbox")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public void delivered(Platform platform, String kind) {
        Counter.builder("atelier.outbox.delivered")
                .tag("platform", platform.key())
                .register(registry)
                .increment();
    }

    @Override
    public void retried(Platform platform, String reason) {
        Counter.builder("atelier.outbox.retries")
                .tag("platform", platform.key())
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    @Override
    public void dropped(Platform platform, String reason) {
        Counter.builder("atelier.outbox.dropped")
                .tag("platform", platform.key())
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    private double oldestSeconds() {
        Instant oldest = backlog().oldest();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private Outbox.Backlog backlog() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH))) {
            try {
                backlog = outbox.backlog(null);
            } catch (RuntimeException e) {
                // the store is down: keep the last figures; the health endpoint reports the store
            }
            readAt = now;
        }
        return backlog;
    }
}
