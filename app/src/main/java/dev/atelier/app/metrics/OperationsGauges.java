package dev.atelier.app.metrics;

import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.inbox.CommandInbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;

/** {@code atelier.inbox.depth} and {@code atelier.duework.lag}, read from the store when scraped. */
final class OperationsGauges implements MeterBinder {

    private final CommandInbox inbox;
    private final DueLag dueLag;
    private final Clock clock;

    OperationsGauges(CommandInbox inbox, DueLag dueLag, Clock clock) {
        this.inbox = inbox;
        this.dueLag = dueLag;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("atelier.inbox.depth", inbox, CommandInbox::depth)
                .description("Slash commands stored and not yet answered")
                .register(registry);
        Gauge.builder("atelier.duework.lag", dueLag, this::lagSeconds)
                .description("How long the oldest due item that is not done has been waiting")
                .baseUnit("seconds")
                .register(registry);
    }

    private double lagSeconds(DueLag lag) {
        return lag.oldestWaiting(clock.instant())
                .map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
                .orElse(0.0);
    }
}
