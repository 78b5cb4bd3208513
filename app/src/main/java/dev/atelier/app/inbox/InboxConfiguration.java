package dev.atelier.app.inbox;

import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.inbox.InboxWorkers;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox's settings ({@code atelier.inbox.workers}, lease, poll, keep) and its workers' life cycle;
 * the inbox itself is assembled with the core ({@code CoreConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class InboxConfiguration {

    @Bean
    InboxSettings inboxSettings(
            @Value("${atelier.clock.instance-id:}") String instanceId,
            @Value("${atelier.inbox.workers:8}") int workers,
            @Value("${atelier.inbox.lease-seconds:60}") long leaseSeconds,
            @Value("${atelier.inbox.poll-millis:1000}") long pollMillis,
            @Value("${atelier.inbox.keep-hours:24}") long keepHours) {
        String id = instanceId.isBlank() ? InboxSettings.defaults().instanceId() : instanceId;
        return new InboxSettings(
                id,
                workers,
                Duration.ofSeconds(leaseSeconds),
                Duration.ofMillis(pollMillis),
                Duration.ofHours(keepHours));
    }

    @Bean
    InboxLifecycle inboxLifecycle(
            InboxWorkers inboxWorkers, @Value("${atelier.inbox.stop-seconds:20}") long stopSeconds) {
        return new InboxLifecycle(inboxWorkers, Duration.ofSeconds(stopSeconds));
    }
}
