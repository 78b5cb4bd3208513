package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Builds the JDA client: a light client without extra intents (guild events, which slash commands
 * and their registration need, come with every connection; nothing privileged),
 * the configured REST base URL and gateway URL, default AllowedMentions without mass or role
 * pings, and no JVM shutdown hook (Spring closes it).
 */
final class JdaFactory {

    static final EnumSet<GatewayIntent> INTENTS = EnumSet.noneOf(GatewayIntent.class);

    private JdaFactory() {
    }

    static JDABuilder builder(DiscordProperties properties, EventListener listener) {
        AllowedMentionsPolicy.applyDefaults();
        JDABuilder builder = JDABuilder.createLight(properties.token(), INTENTS)
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        if (properties.restUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(properties.restUrl()));
        }
        if (properties.gatewayUrl() != null) {
            builder.setSessionController(new GatewaySessionController(properties.gatewayUrl()));
        }
        return builder;
    }

    static JDA build(DiscordProperties properties, EventListener listener) {
        return builder(properties, listener).build();
    }
}
