package dev.atelier.discord;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Custom ids of buttons and modals shown in direct messages. An interaction from a DM has no guild,
 * so such an id also carries the guild it acts in: {@code g<guild id>|<core id>}. The core's own
 * ids start with {@code a|} (buttons) or {@code m|} (modals), so a wrapped id is never mistaken for
 * one. A snowflake has at most 20 digits, so wrapping adds at most 22 characters to Discord's 100.
 */
final class DirectRoutes {

    private static final String PREFIX = "g";
    private static final char SEPARATOR = '|';
    private static final int MAX_SNOWFLAKE_DIGITS = 20;

    private DirectRoutes() {}

    /** The id of a button or modal shown in a DM, routed to {@code guildId}. */
    static String wrap(String guildId, String id) {
        return PREFIX + guildId + SEPARATOR + id;
    }

    /** Wraps every id for {@code guildId}, to render a message sent as a DM. */
    static UnaryOperator<String> forGuild(String guildId) {
        return id -> wrap(guildId, id);
    }

    /** The guild and the core's id behind a wrapped id; empty when {@code id} is not wrapped. */
    static Optional<Route> unwrap(String id) {
        if (id == null || !id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int separator = id.indexOf(SEPARATOR);
        if (separator <= PREFIX.length() || separator == id.length() - 1) {
            return Optional.empty();
        }
        String guildId = id.substring(PREFIX.length(), separator);
        if (!isSnowflake(guildId)) {
            return Optional.empty();
        }
        return Optional.of(new Route(guildId, id.substring(separator + 1)));
    }

    private static boolean isSnowflake(String id) {
        if (id.length() > MAX_SNOWFLAKE_DIGITS || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            Long.parseUnsignedLong(id);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A wrapped id: the guild it acts in and the id the core gave it. */
    record Route(String guildId, String actionId) {}
}
