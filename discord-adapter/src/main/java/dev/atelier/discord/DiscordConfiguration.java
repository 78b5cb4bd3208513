package dev.atelier.discord;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Turns the Discord adapter on when {@code atelier.discord.token} ({@code DISCORD_TOKEN}) is set:
 * the gateway connection (started once the context is ready, closed with it), the notifier and
 * workspace provisioner for Discord communities, and the {@code discord} health indicator. The
 * application provides the {@link AtelierBot}; it is looked up only when an interaction arrives,
 * since the bot itself is built from the notifier and provisioner declared here.
 */
@AutoConfiguration
@ConditionalOnExpression("!'${atelier.discord.token:}'.isBlank()")
@EnableConfigurationProperties({DiscordProperties.class, DiscordShardProperties.class})
public class DiscordConfiguration {

    @Bean
    DiscordConnection discordConnection(
            DiscordProperties properties,
            DiscordShardProperties shards,
            ObjectProvider<AtelierBot> bot,
            ObjectProvider<Inbox> inbox,
            ObjectProvider<Deliveries> deliveries) {
        return new DiscordConnection(
                listener -> JdaFactory.build(properties, shards, listener),
                bot::getObject,
                properties.moderatorRole(),
                inbox::getIfAvailable,
                deliveries::getObject);
    }

    @Bean
    CommandReplies discordCommandReplies(DiscordConnection connection, ObjectProvider<ApiMetrics> metrics) {
        return new DiscordReplies(connection::jda, metrics.getIfAvailable(() -> ApiMetrics.NONE));
    }

    @Bean
    Notifier discordNotifier(DiscordConnection connection, ObjectProvider<ApiMetrics> metrics) {
        return new DiscordNotifier(connection::jda, metrics.getIfAvailable(() -> ApiMetrics.NONE));
    }

    @Bean
    WorkspaceProvisioner discordWorkspaceProvisioner(DiscordConnection connection, DiscordProperties properties) {
        return new DiscordWorkspaceProvisioner(connection::jda, properties.moderatorRole());
    }

    @Bean
    HealthIndicator discordHealthIndicator(DiscordConnection connection) {
        return new DiscordHealthIndicator(connection);
    }
}
