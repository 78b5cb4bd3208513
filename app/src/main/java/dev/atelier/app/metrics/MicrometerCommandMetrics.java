package dev.atelier.app.metrics;

import dev.atelier.core.command.CommandMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** {@code atelier.commands} (by command and outcome) and {@code atelier.reply.latency} (by how it was answered). */
final class MicrometerCommandMetrics implements CommandMetrics {

    private final MeterRegistry registry;

    MicrometerCommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void command(String name, String outcome) {
        Counter.builder("atelier.commands")
                .description("Commands run, by command and outcome (ok, refused, failed)")
                .tag("command", name)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    @Override
    public void replied(Duration latency, String how) {
        Timer.builder("atelier.reply.latency")
                .description("From a slash command's arrival to its answer")
                .tag("via", how)
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }
}
