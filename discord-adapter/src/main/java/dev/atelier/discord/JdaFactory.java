package dev.atelier.discord;

import java.util.EnumSet;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * Builds the JDA client: a light client with the one extra intent {@code GUILD_MESSAGES} (to count
 * messages in workspaces; not privileged, and without {@code MESSAGE_CONTENT} the bot never sees
 * their text; guild events, which slash commands and their registration need, come with every connection),
 * plus the privileged {@code GUILD_MEMBERS} when {@code atelier.discord.member-events} asks for members' role
 * changes,
 * the configured REST base URL and gateway URL, default AllowedMentions without mass or role
 * pings, and no JVM shutdown hook (Spring closes it); or, with {@code atelier.discord.shards}, the same
 * through a shard manager over this instance's shards.
 */
final class JdaFactory {

    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES);

    private JdaFactory() {}

    /** The intents to identify with: {@link #INTENTS}, and Server Members when member events are asked for. */
    static EnumSet<GatewayIntent> intents(DiscordProperties properties) {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
        if (properties.memberEvents()) {
            intents.add(GatewayIntent.GUILD_MEMBERS);
        }
        return intents;
    }

    static JDABuilder builder(DiscordProperties properties, EventListener listener) {
        AllowedMentionsPolicy.applyDefaults();
        JDABuilder builder = JDABuilder.createLight(properties.token(), intents(properties))
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        endpoints(properties, builder::setRestConfig, builder::setSessionController);
        return builder;
    }

    static JDA build(DiscordProperties properties, EventListener listener) {
        return builder(properties, listener).build();
    }

    /**
     * Without sharding, the one client; with it, a {@link ShardManager} over this instance's shard range,
     * set up as the one client is, and its first shard (which it logs in before returning; the others follow
     * at the pace Discord allows). Every shard knows the manager, through which {@link ShardLookup} finds a
     * guild on whichever shard holds it.
     */
    static JDA build(DiscordProperties properties, DiscordShardProperties shards, EventListener listener) {
        if (!shards.sharded()) {
            return build(properties, listener);
        }
        ShardManager manager = shardManager(properties, shards, listener).build();
        JDA first = manager.getShardById(shards.first());
        if (first == null) {
            manager.shutdown();
            throw new IllegalStateException("shard " + shards.first() + " did not start");
        }
        return first;
    }

    static DefaultShardManagerBuilder shardManager(
            DiscordProperties properties, DiscordShardProperties shards, EventListener listener) {
        AllowedMentionsPolicy.applyDefaults();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        properties.token(), intents(properties))
                .setShardsTotal(shards.shards())
                .setShards(shards.first(), shards.last())
                .setEnableShutdownHook(false)
                .addEventListeners(listener);
        endpoints(properties, builder::setRestConfig, builder::setSessionController);
        return builder;
    }

    /** Hands the configured REST base URL and gateway URL, where set, to a client's or a shard manager's builder. */
    private static void endpoints(
            DiscordProperties properties, Consumer<RestConfig> rest, Consumer<SessionController> gateway) {
        if (properties.restUrl() != null) {
            rest.accept(new RestConfig().setBaseUrl(properties.restUrl()));
        }
        if (properties.gatewayUrl() != null) {
            gateway.accept(new GatewaySessionController(properties.gatewayUrl()));
        }
    }
}
