package dev.atelier.core.inbox;

import dev.atelier.core.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Port: the durable inbox of received commands, claimed by lane under a lease. */
public interface CommandInbox {

    /** Stores a received command durably; false when its delivery key is already stored (a duplicate). */
    boolean accept(InboxCommand command);

    /**
     * Claims a lane that has unfinished commands and is not held under a live lease, for {@code instanceId}
     * until {@code now + lease}; the lane whose oldest unfinished command arrived first wins. Each lane has
     * at most one holder.
     */
    Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease);

    /** The lane's oldest unfinished command, if the claim is still held. */
    Optional<InboxEntry> next(LaneClaim claim);

    /** Marks a pending command applied, with its reply, in one write; false when it was no longer pending. */
    boolean applied(String key, Message reply, Instant at);

    /** Marks a command answered (finished): {@code how} says through what (the reply channel, a DM, none). */
    void answered(String key, String how, Instant at);

    /** Extends the claim's lease; false when the claim was lost (expired and taken over). */
    boolean renew(LaneClaim claim, Instant until);

    /** Gives the lane back; another claimer may take it from {@code notBefore} on. */
    void release(LaneClaim claim, Instant notBefore);

    /** How many commands are not yet answered. */
    long depth();

    /** Forgets answered commands finished before {@code before} (their delivery keys can then be reused). */
    long purgeAnswered(Instant before);
}
