package dev.atelier.core.inbox;

import dev.atelier.core.command.Caller;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A received command, as stored before it is acknowledged. {@code key} is the platform's delivery
 * key (Slack's trigger id, Discord's interaction id), so a duplicate delivery is stored once. Either
 * {@code line} (a typed line, Slack) or {@code path} with {@code options} (Discord) says what to run;
 * {@code replyTo} is where the answer goes (Slack's response URL, Discord's interaction token).
 * {@code ordinal} orders the commands of one lane.
 */
public record InboxCommand(
        String key,
        Caller caller,
        String line,
        String path,
        Map<String, String> options,
        String replyTo,
        Instant receivedAt,
        long ordinal) {

    public InboxCommand {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a command needs its delivery key");
        }
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((line == null) == (path == null)) {
            throw new IllegalArgumentException("a command is either a line or a path with options");
        }
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A typed line, such as {@code log 2 "tests"}. */
    public static InboxCommand line(String key, Caller caller, String line, String replyTo, Instant receivedAt) {
        return new InboxCommand(key, caller, line, null, null, replyTo, receivedAt, 0);
    }

    /** A command whose options arrive split, such as Discord's {@code cohort create} with its options. */
    public static InboxCommand options(
            String key, Caller caller, String path, Map<String, String> options, String replyTo, Instant receivedAt) {
        return new InboxCommand(key, caller, null, path, options, replyTo, receivedAt, 0);
    }

    /** The lane: one member of one community. Commands of a lane run one at a time, in arrival order. */
    public String lane() {
        return caller.community().id() + "/" + caller.actor().id();
    }

    InboxCommand withOrdinal(long newOrdinal) {
        return new InboxCommand(key, caller, line, path, options, replyTo, receivedAt, newOrdinal);
    }
}
