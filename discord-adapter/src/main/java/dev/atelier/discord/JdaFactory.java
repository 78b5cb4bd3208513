package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Builds the JDA client: a light client with the one extra intent {@code GUILD_MESSAGES} (to count
 * messages in workspaces; not privileged, and without {@code MESSAGE_CONTENT} the bot never sees
 * their text; guild events, which slash commands and their registration need, come with every connection),
 * the configured REST base URL and gateway URL, default AllowedMentions without mass or role
 * pings, and no JVM shutdown hook (Spring closes it).
 */
final class JdaFactory {

    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES);

    private JdaFactory() {}

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
