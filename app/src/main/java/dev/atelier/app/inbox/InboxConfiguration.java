package dev.atelier.app.inbox;

import dev.atelier.core.assembly.InboxAssembly;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The inbox, its workers ({@code atelier.inbox.workers}, lease, poll, keep) and their life cycle. */
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
    InboxAssembly.Built atelierInbox(
            MongoTemplate mongo,
            AtelierBot bot,
            Outbound outbound,
            List<CommandReplies> replies,
            Clock clock,
            InboxSettings inboxSettings,
            ObjectProvider<CommandMetrics> metrics) {
        return InboxAssembly.build(
                mongo, bot, outbound, replies, clock, inboxSettings, metrics.getIfAvailable(() -> CommandMetrics.NONE));
    }

    @Bean
    Inbox inbox(InboxAssembly.Built atelierInbox) {
        return atelierInbox.inbox();
    }

    @Bean
    InboxLifecycle inboxLifecycle(
            InboxAssembly.Built atelierInbox, @Value("${atelier.inbox.stop-seconds:20}") long stopSeconds) {
        return new InboxLifecycle(atelierInbox.workers(), Duration.ofSeconds(stopSeconds));
    }
}
