package dev.atelier.app.core;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The core as beans: the bot over MongoDB, talking to every platform adapter that is configured. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbound outbound(List<Notifier> notifiers, List<WorkspaceProvisioner> provisioners) {
        return new Outbound(notifiers, provisioners);
    }

    @Bean
    AtelierBot atelierBot(MongoTemplate mongo, Outbound outbound, Clock clock) {
        return AtelierCore.create(mongo, outbound, clock);
    }
}
