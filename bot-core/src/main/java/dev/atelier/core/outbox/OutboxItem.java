package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;
import java.time.Instant;
import java.util.Objects;

/**
 * One message waiting to be delivered: of a {@code kind} (a command's notice, a thread post, or the
 * due-work kind that sent it), to a channel or a member ({@code to}; inside {@code thread}
 * when there is one), with the destination to try when {@code to} refuses for good ({@code fallback},
 * may be null). {@code expiresAt} is null for what must never be dropped. {@code attempts} counts the
 * calls made so far; {@code unsure} says the last one may have reached the platform (a timeout, a
 * 5xx, a crash in the middle), so a retry checks before posting again.
 */
public record OutboxItem(
        String id,
        CommunityRef community,
        String kind,
        Destination to,
        ThreadRef thread,
        Destination fallback,
        Message message,
        Instant createdAt,
        Instant expiresAt,
        int attempts,
        boolean unsure) {

    public OutboxItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The lane the item waits in: its community and channel (a thread post waits in its channel's
     * lane, since the platform limits the channel), or the member's DMs. Order is kept per lane.
     */
    public String lane() {
        return laneOf(community, to);
    }

    public static String laneOf(CommunityRef community, Destination to) {
        String target = to instanceof Destination.Channel c
                ? "c:" + c.channelId()
                : "d:" + ((Destination.Direct) to).memberId();
        return community.id() + "|" + target;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && now.isAfter(expiresAt);
    }

    public boolean inThread() {
        return thread != null;
    }
}
