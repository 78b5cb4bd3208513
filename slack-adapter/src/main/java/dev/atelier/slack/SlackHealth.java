package dev.atelier.slack;

import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the Slack connection ({@code slack} in Actuator's health): UP with the workspace and
 * bot user when auth.test accepts the bot token, DOWN with Slack's error otherwise. Cached for a
 * minute so health probes do not spend the Web API's rate limit.
 */
final class SlackHealth implements HealthIndicator {

    static final Duration CACHE = Duration.ofMinutes(1);

    private record Checked(Health health, Instant until) {}

    private final SlackCalls calls;
    private final SocketModeRunner socketMode;
    private final Clock clock;
    private volatile Checked last;

    SlackHealth(SlackCalls calls, SocketModeRunner socketMode, Clock clock) {
        this.calls = calls;
        this.socketMode = socketMode;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Checked checked = last;
        if (checked == null || !checked.until().isAfter(now)) {
            checked = new Checked(check(), now.plus(CACHE));
            last = checked;
        }
        return checked.health();
    }

    private Health check() {
        Health.Builder health;
        try {
            AuthTestResponse auth = calls.callOnce("auth.test", c -> c.authTest(r -> r));
            health = Health.up()
                    .withDetail("team", auth.getTeam() == null ? "" : auth.getTeam())
                    .withDetail("teamId", auth.getTeamId() == null ? "" : auth.getTeamId())
                    .withDetail("botUserId", auth.getUserId() == null ? "" : auth.getUserId());
        } catch (SlackError e) {
            health = Health.down().withDetail("error", e.getMessage());
        }
        health.withDetail("mode", socketMode == null ? "http" : "http+socket");
        if (socketMode != null && socketMode.failure() != null) {
            health =
                    Health.down().withDetail("mode", "http+socket").withDetail("socketModeError", socketMode.failure());
        } else if (socketMode != null) {
            health.withDetail("socketModeConnected", socketMode.isConnected());
        }
        return health.build();
    }
}
