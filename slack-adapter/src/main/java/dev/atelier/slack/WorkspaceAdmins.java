package dev.atelier.slack;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a member is a workspace admin or owner (users.info {@code is_admin}/{@code is_owner}),
 * which makes them a platform moderator. Answers are cached for a few minutes; a failed lookup
 * counts as "no" and is not cached.
 */
final class WorkspaceAdmins {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);
    static final Duration TTL = Duration.ofMinutes(5);

    private record Known(boolean admin, Instant until) {
    }

    private final SlackCalls calls;
    private final Clock clock;
    private final Map<String, Known> cache = new ConcurrentHashMap<>();

    WorkspaceAdmins(SlackCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    boolean isAdmin(String userId) {
        Instant now = clock.instant();
        Known known = cache.get(userId);
        if (known != null && known.until().isAfter(now)) {
            return known.admin();
        }
        try {
            User user = calls.call("users.info", c -> c.usersInfo(r -> r.user(userId))).getUser();
            boolean admin = user != null && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
            cache.put(userId, new Known(admin, now.plus(TTL)));
            return admin;
        } catch (SlackError e) {
            log.warn("Could not tell whether {} is a workspace admin: {}", LogSafe.text(userId), e.getMessage());
            return false;
        }
    }
}
