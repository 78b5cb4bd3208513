package dev.atelier.discord;

import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code discord} in Actuator health: UP when the gateway is connected (with the guild count; with
 * sharding, every shard of this instance, each with its status),
 * OUT_OF_SERVICE while logging in or reconnecting, DOWN after a failed login or a shutdown.
 */
final class DiscordHealthIndicator implements HealthIndicator {

    private static final EnumSet<JDA.Status> DOWN =
            EnumSet.of(JDA.Status.FAILED_TO_LOGIN, JDA.Status.SHUTTING_DOWN, JDA.Status.SHUTDOWN);

    private final DiscordConnection connection;

    DiscordHealthIndicator(DiscordConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        var failure = connection.failure();
        if (failure.isPresent()) {
            return Health.down()
                    .withDetail("error", failure.get().getClass().getSimpleName())
                    .build();
        }
        return connection
                .jda()
                .map(DiscordHealthIndicator::of)
                .orElseGet(() ->
                        Health.outOfService().withDetail("status", "LOGGING_IN").build());
    }

    private static Health of(JDA jda) {
        if (jda.getShardManager() != null) {
            return ofShards(jda.getShardManager());
        }
        JDA.Status status = jda.getStatus();
        Health.Builder health = status == JDA.Status.CONNECTED
                ? Health.up()
                : DOWN.contains(status) ? Health.down() : Health.outOfService();
        return health.withDetail("status", status.name())
                .withDetail("guilds", jda.getGuildCache().size())
                .build();
    }

    /** With sharding: UP when every shard of this instance is connected, with each shard's status. */
    private static Health ofShards(ShardManager shards) {
        Map<String, String> statuses = new TreeMap<>();
        shards.getStatuses()
                .forEach((shard, status) -> statuses.put(shard.getShardInfo().getShardString(), status.name()));
        boolean connected =
                !statuses.isEmpty() && shards.getStatuses().values().stream().allMatch(s -> s == JDA.Status.CONNECTED);
        boolean down = shards.getStatuses().values().stream().anyMatch(DOWN::contains);
        Health.Builder health = connected ? Health.up() : down ? Health.down() : Health.outOfService();
        return health.withDetail("shards", statuses)
                .withDetail("guilds", shards.getGuildCache().size())
                .build();
    }
}
