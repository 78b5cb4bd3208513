package dev.atelier.app.core;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.Credentials;
import dev.atelier.core.signing.JoseCredentialSigner;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The core as beans: the bot over MongoDB, talking to every platform adapter that is configured,
 * issuing credentials linked under {@code atelier.public-url} and signed with the key kept in
 * {@code atelier.credentials.key-path} (created there on first run).
 */
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
    AtelierCore.Settings credentialSettings(@Value("${atelier.public-url:http://localhost:8080}") String publicUrl,
                                            @Value("${atelier.credentials.key-path:./data/keys}") Path keyPath) {
        return new AtelierCore.Settings(new CredentialLinks(publicUrl), JoseCredentialSigner.fromDirectory(keyPath));
    }

    @Bean
    AtelierCore.Services atelierCore(MongoTemplate mongo, Outbound outbound, Clock clock,
                                     AtelierCore.Settings credentialSettings) {
        return AtelierCore.assemble(mongo, outbound, clock, credentialSettings);
    }

    @Bean
    AtelierBot atelierBot(AtelierCore.Services atelierCore) {
        return atelierCore.bot();
    }

    @Bean
    Credentials credentials(AtelierCore.Services atelierCore) {
        return atelierCore.credentials();
    }
}
