package dev.atelier.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code discord} in Actuator health: UP when the gateway is connected (with the guild count),
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
        JDA.Status status = jda.getStatus();
        Health.Builder health = status == JDA.Status.CONNECTED
                ? Health.up()
                : DOWN.contains(status) ? Health.down() : Health.outOfService();
        return health.withDetail("status", status.name())
                .withDetail("guilds", jda.getGuildCache().size())
                .build();
    }
}
