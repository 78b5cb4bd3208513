package dev.atelier.slack;

import dev.atelier.core.assembly.InboxAssembly;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.store.MongoDeliveries;
import dev.atelier.core.testing.ShiftedClock;
import dev.atelier.core.testing.TestAtelier;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A small application that serves the Slack adapter the way the real one does: auto-configured
 * from {@code atelier.slack.*}, with the real core ({@link TestAtelier}: the whole catalog on an
 * embedded MongoDB-wire server) built from the adapter's own ports. No component scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SlackTestApplication {

    /** The core's clock: real time, moved on (and back) by tests that need the check-in rounds. */
    @Bean
    ShiftedClock coreClock() {
        return new ShiftedClock();
    }

    @Bean(destroyMethod = "close")
    TestAtelier testAtelier(List<Notifier> notifiers, List<WorkspaceProvisioner> provisioners, ShiftedClock coreClock) {
        return TestAtelier.start(notifiers, provisioners, coreClock);
    }

    @Bean
    AtelierBot atelierBot(TestAtelier atelier) {
        return atelier.bot();
    }

    /** The inbox slash commands are stored in, with two workers that answer through the response URL. */
    @Bean
    InboxAssembly.Built inbox(
            TestAtelier atelier,
            List<Notifier> notifiers,
            List<WorkspaceProvisioner> provisioners,
            List<CommandReplies> replies) {
        InboxAssembly.Built built = InboxAssembly.build(
                atelier.mongo(),
                atelier.bot(),
                new Outbound(notifiers, provisioners),
                replies,
                Clock.systemUTC(),
                new InboxSettings("slack-test", 2, Duration.ofSeconds(60), Duration.ofMillis(200), Duration.ofDays(1)),
                CommandMetrics.NONE);
        built.workers().start();
        return built;
    }

    @Bean
    Inbox atelierInbox(InboxAssembly.Built inbox) {
        return inbox.inbox();
    }

    @Bean
    DisposableBean inboxWorkersStop(InboxAssembly.Built inbox) {
        return () -> inbox.workers().stop(Duration.ofSeconds(5));
    }

    @Bean
    Deliveries deliveries(TestAtelier atelier) {
        return MongoDeliveries.create(atelier.mongo(), Clock.systemUTC());
    }
}
