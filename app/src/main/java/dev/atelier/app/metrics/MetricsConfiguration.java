package dev.atelier.app.metrics;

import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.workspace.ApiMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core's metric ports on the application's meter registry, and the inbox and due-work gauges. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    CommandMetrics commandMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? CommandMetrics.NONE : new MicrometerCommandMetrics(meters);
    }

    @Bean
    ApiMetrics apiMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? ApiMetrics.NONE : new MicrometerApiMetrics(meters);
    }

    @Bean
    MeterBinder operationsGauges(CommandInbox commandInbox, DueLag dueLag, Clock clock) {
        return new OperationsGauges(commandInbox, dueLag, clock);
    }
}
