package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.MessageRef;
import java.util.Optional;

/**
 * Outbound port: delivers one outbox item on its platform and says how it went, without waiting out
 * rate limits itself (the outbox does, per channel) and without throwing for a platform's refusal.
 */
public interface Courier {

    Platform platform();

    /** One call to the platform: the item's message to its {@code to} (inside its thread when it has one). */
    Attempt deliver(OutboxItem item);

    /**
     * After an attempt whose outcome is unknown: the platform id of the message when that attempt did
     * post it, so it is not posted twice. Empty when it was not posted or the platform cannot tell.
     */
    default Optional<String> findDelivered(OutboxItem item) {
        return Optional.empty();
    }

    /**
     * A link that opens the message at {@code at} in {@code community} (a Discord jump URL, a Slack permalink),
     * for a {@link dev.atelier.core.message.Span.PostLink}; empty when the platform cannot give one.
     */
    default Optional<String> linkTo(CommunityRef community, MessageRef at) {
        return Optional.empty();
    }

    /**
     * One call (or two: the message, then its thread) to replace the message at {@code at} with the
     * item's message, and to rename and archive or unarchive the thread started from it when the item's
     * {@code living} says so. An edit changes what is already there, so trying it again is harmless.
     */
    default Attempt edit(OutboxItem item, MessageRef at) {
        return Attempt.refused(platform() + " messages cannot be updated here");
    }
}
