package dev.atelier.core.message;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a message the bot posted lives on its platform: the channel (a DM channel included) and the
 * message's id there (Discord's message id, Slack's {@code ts}). A living message is edited through it.
 */
public record MessageRef(String channelId, String messageId) {

    public MessageRef {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** The reference the outbox records for a delivered post ({@code <channel>/<message>}); empty for anything else. */
    public static Optional<MessageRef> parse(String delivered) {
        if (delivered == null) {
            return Optional.empty();
        }
        int slash = delivered.indexOf('/');
        if (slash <= 0 || slash == delivered.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new MessageRef(delivered.substring(0, slash), delivered.substring(slash + 1)));
    }

    @Override
    public String toString() {
        return channelId + "/" + messageId;
    }
}
