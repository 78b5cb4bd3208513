package dev.atelier.slack;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack says about a member, per (workspace, member): whether they are an admin or owner of
 * that workspace (users.info {@code is_admin}/{@code is_owner} when the workspace is their own, or an
 * admin or owner of the whole organisation), which makes them a platform moderator there; and
 * whether they are a bot (the app's own bot user from auth.test, Slackbot, or {@code is_bot}). An
 * org-wide install sees one member id in several workspaces: each pair is looked up and cached on
 * its own. Answers are cached for a few minutes in a bounded cache; a failed lookup counts as "no"
 * and is not cached.
 */
final class WorkspaceAdmins {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);
    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;
    private static final String SLACKBOT = "USLACKBOT";

    private record Facts(boolean admin, boolean bot) {}

    private record Key(String teamId, String userId) {}

    private final SlackCalls calls;
    private final ExpiringCache<Key, Facts> cache;
    private volatile String ownBotUserId;

    WorkspaceAdmins(SlackCalls calls, Clock clock) {
        this.calls = calls;
        this.cache = new ExpiringCache<>(clock, TTL, MAX_ENTRIES);
    }

    boolean isAdmin(String teamId, String userId) {
        return facts(teamId, userId).map(Facts::admin).orElse(false);
    }

    /** Bots cannot be interns, mentors or cohort members; an unknown member is not taken for a bot. */
    boolean isBot(String teamId, String userId) {
        if (SLACKBOT.equals(userId) || userId.equals(ownBotUserId())) {
            return true;
        }
        return facts(teamId, userId).map(Facts::bot).orElse(false);
    }

    private Optional<Facts> facts(String teamId, String userId) {
        Key key = new Key(teamId, userId);
        Optional<Facts> known = cache.get(key);
        if (known.isPresent()) {
            return known;
        }
        try {
            User user = calls.call("users.info", c -> c.usersInfo(r -> r.user(userId)))
                    .getUser();
            Facts facts = new Facts(
                    user != null && adminIn(teamId, user), user != null && (user.isBot() || user.isAppUser()));
            cache.put(key, facts);
            return Optional.of(facts);
        } catch (SlackError e) {
            log.warn("Could not look up {} in {}: {}", LogSafe.text(userId), LogSafe.text(teamId), e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean adminIn(String teamId, User user) {
        User.EnterpriseUser enterprise = user.getEnterpriseUser();
        if (enterprise != null && (enterprise.isAdmin() || enterprise.isOwner())) {
            return true;
        }
        boolean home = user.getTeamId() == null || user.getTeamId().equals(teamId);
        return home && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
    }

    private String ownBotUserId() {
        String known = ownBotUserId;
        if (known == null) {
            try {
                known = calls.call("auth.test", c -> c.authTest(r -> r)).getUserId();
                ownBotUserId = known;
            } catch (SlackError e) {
                log.warn("Could not learn Atelier's own Slack user: {}", e.getMessage());
            }
        }
        return known;
    }
}
