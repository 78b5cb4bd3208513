package dev.atelier.slack;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.store.MongoDeliveries;
import dev.atelier.core.testing.TestAtelier;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.time.Clock;
import java.util.List;
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

    @Bean(destroyMethod = "close")
    TestAtelier testAtelier(List<Notifier> notifiers, List<WorkspaceProvisioner> provisioners) {
        return TestAtelier.start(notifiers, provisioners);
    }

    @Bean
    AtelierBot atelierBot(TestAtelier atelier) {
        return atelier.bot();
    }

    @Bean
    Deliveries deliveries(TestAtelier atelier) {
        return MongoDeliveries.create(atelier.mongo(), Clock.systemUTC());
    }
}
