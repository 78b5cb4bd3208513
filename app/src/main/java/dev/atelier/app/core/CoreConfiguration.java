package dev.atelier.app.core;

import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.assembly.InboxAssembly;
import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.clock.duework.EngineSettings;
import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.clock.stall.CohortHealth;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.community.Platform;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.Credentials;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxSettings;
import dev.atelier.core.inbox.InboxWorkers;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.PaceRule;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.rights.RightsServices;
import dev.atelier.core.signing.JoseCredentialSigner;
import dev.atelier.core.store.MongoDeliveries;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The core as beans: the bot over MongoDB, talking to every platform adapter that is configured,
 * issuing credentials linked under {@code atelier.public-url} and signed with the key kept in
 * {@code atelier.credentials.key-path} (created there on first run; {@code --rotate-credential-key} makes a
 * new one at start, keeping the old ones published), running the clock with the
 * {@code atelier.clock.*} settings. Each part the application uses is a bean of its own (the clock round,
 * the peer-help round, cohort health, the dashboard's reads, the member rights services), so no other
 * configuration reaches into the core's assembly.
 */
@Configuration(proxyBeanMethods = false)
@Import(CoreConfiguration.Parts.class)
public class CoreConfiguration {

    /**
     * The system clock. Another clock takes its place as a {@code @Primary} bean (the console's, a test's):
     * {@code @ConditionalOnMissingBean} would not, since it depends on the order user configurations load in.
     */
    @Bean
    Clock clock() {
        // milliseconds: what MongoDB keeps of an instant, so times read back equal the times written
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    Outbound outbound(List<Notifier> notifiers, List<WorkspaceProvisioner> provisioners) {
        return new Outbound(notifiers, provisioners);
    }

    @Bean
    AtelierCore.Settings credentialSettings(
            @Value("${atelier.public-url:http://localhost:8080}") String publicUrl,
            @Value("${atelier.credentials.key-path:./data/keys}") Path keyPath,
            @Value("${atelier.credentials.operator-community:}") String operator,
            ObjectProvider<ApplicationArguments> arguments) {
        CredentialLinks links = new CredentialLinks(publicUrl);
        JoseCredentialSigner signer = JoseCredentialSigner.fromDirectory(keyPath, links.jwks());
        ApplicationArguments args = arguments.getIfAvailable();
        if (args != null && args.containsOption("rotate-credential-key")) {
            signer.rotate();
        }
        return new AtelierCore.Settings(links, signer, operator);
    }

    @Bean
    EngineSettings engineSettings(
            @Value("${atelier.clock.instance-id:}") String instanceId,
            @Value("${atelier.clock.lease-seconds:120}") long leaseSeconds,
            @Value("${atelier.clock.batch:100}") int batch,
            @Value("${atelier.clock.max-per-tick:2000}") int maxPerTick,
            @Value("${atelier.clock.sends-per-second:20}") int sendsPerSecond) {
        String id = instanceId.isBlank() ? EngineSettings.defaults().instanceId() : instanceId;
        return new EngineSettings(id, Duration.ofSeconds(leaseSeconds), batch, maxPerTick, sendsPerSecond);
    }

    @Bean
    OutboxSettings outboxSettings(
            EngineSettings engineSettings,
            @Value("${atelier.outbox.slack-per-second:1}") double slackPerSecond,
            @Value("${atelier.outbox.slack-burst:3}") int slackBurst,
            @Value("${atelier.outbox.discord-per-second:1}") double discordPerSecond,
            @Value("${atelier.outbox.discord-burst:5}") int discordBurst,
            @Value("${atelier.outbox.max-backoff-seconds:300}") long maxBackoffSeconds,
            @Value("${atelier.outbox.scheduled-expiry-hours:12}") long expiryHours) {
        OutboxSettings d = OutboxSettings.defaults();
        return new OutboxSettings(
                engineSettings.instanceId(),
                engineSettings.lease(),
                d.batch(),
                d.maxPerDrain(),
                Map.of(
                        Platform.SLACK,
                        new PaceRule(slackPerSecond, slackBurst),
                        Platform.DISCORD,
                        new PaceRule(discordPerSecond, discordBurst)),
                d.firstBackoff(),
                Duration.ofSeconds(Math.max(1, maxBackoffSeconds)),
                Duration.ofHours(expiryHours),
                d.retention());
    }

    @Bean
    AtelierCore.Services atelierCore(
            MongoTemplate mongo,
            Outbound outbound,
            Clock clock,
            AtelierCore.Settings credentialSettings,
            EngineSettings engineSettings,
            OutboxSettings outboxSettings) {
        return AtelierCore.assemble(mongo, outbound, clock, credentialSettings, engineSettings, outboxSettings);
    }

    @Bean
    AtelierBot atelierBot(AtelierCore.Services atelierCore, ObjectProvider<CommandMetrics> metrics) {
        return atelierCore.bot().reportingTo(metrics.getIfAvailable(() -> CommandMetrics.NONE));
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
    Deliveries deliveries(MongoTemplate mongo, Clock clock) {
        // expired keys are purged (at most once a minute) on a thread of their own, not on the thread of the request
        // that found the purge due; the thread ends when idle
        ThreadPoolExecutor purges =
                new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "delivery-keys-purge");
                    thread.setDaemon(true);
                    return thread;
                });
        return MongoDeliveries.create(mongo, clock, purges);
    }

    /**
     * The parts of the assembled core and inbox the application uses, each a bean of its own type (under the
     * name a {@code @Bean} method would give it), so no other configuration reaches into the assembly.
     */
    static final class Parts implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            Class<AtelierCore.Services> core = AtelierCore.Services.class;
            part(registry, "clockRound", ClockRound.class, core, AtelierCore.Services::clockRound);
            part(registry, "peerHelpRound", PeerHelpRound.class, core, AtelierCore.Services::peerHelp);
            part(registry, "cohortHealth", CohortHealth.class, core, AtelierCore.Services::health);
            part(registry, "dashboardReads", DashboardReads.class, core, AtelierCore.Services::dashboard);
            part(registry, "rightsServices", RightsServices.class, core, AtelierCore.Services::rights);
            part(registry, "credentials", Credentials.class, core, AtelierCore.Services::credentials);
            Class<InboxAssembly.Built> inbox = InboxAssembly.Built.class;
            part(registry, "inbox", Inbox.class, inbox, InboxAssembly.Built::inbox);
            part(registry, "inboxWorkers", InboxWorkers.class, inbox, InboxAssembly.Built::workers);
            part(registry, "commandInbox", CommandInbox.class, inbox, InboxAssembly.Built::store);
            part(registry, "dueLag", DueLag.class, inbox, InboxAssembly.Built::dueLag);
        }

        private static <S, T> void part(
                BeanRegistry registry, String name, Class<T> type, Class<S> whole, Function<S, T> part) {
            registry.registerBean(name, type, spec -> spec.supplier(context -> part.apply(context.bean(whole))));
        }
    }
}
