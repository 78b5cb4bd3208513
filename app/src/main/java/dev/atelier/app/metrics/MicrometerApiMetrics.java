package dev.atelier.app.metrics;

import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.ApiMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code atelier.platform.api.errors} and {@code atelier.platform.api.rate.limited}, by platform and method. */
final class MicrometerApiMetrics implements ApiMetrics {

    private final MeterRegistry registry;

    MicrometerApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void failed(Platform platform, String method, String error) {
        Counter.builder("atelier.platform.api.errors")
                .description("Failed calls to a chat platform's API")
                .tag("platform", platform.key())
                .tag("method", method)
                .tag("error", error == null ? "unknown" : error)
                .register(registry)
                .increment();
    }

    @Override
    public void rateLimited(Platform platform, String method) {
        Counter.builder("atelier.platform.api.rate.limited")
                .description("Calls a chat platform answered with 429")
                .tag("platform", platform.key())
                .tag("method", method)
                .register(registry)
                .increment();
    }
}
