package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes messages to the outbox and delivers them. {@link #post} writes an item, then delivers it at
 * once when its lane is free, due and within its pace (the common case: nothing waits in that
 * channel), so callers see the same immediacy as before; anything else waits for {@link #drain}, which
 * a worker runs every second: it claims lanes one at a time and delivers their items in order, paced
 * per channel (the lane's bucket, stored with the lane, so every instance shares it) and per platform
 * ({@link Pacer}, per instance).
 */
public final class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final Outbox outbox;
    private final CourierCalls calls;
    private final Clock clock;
    private final OutboxSettings settings;
    private final Function<CommunityRef, List<String>> moderators;
    private volatile DeliveryEvents events = DeliveryEvents.NONE;
    private volatile MessageRefs refs = MessageRefs.NONE;
    private volatile Instant lastSweep = Instant.EPOCH;

    public OutboxDelivery(
            Outbox outbox,
            List<? extends Courier> couriers,
            Clock clock,
            OutboxSettings settings,
            Pacer platformPacer,
            Function<CommunityRef, List<String>> moderators) {
        this.outbox = outbox;
        this.calls = new CourierCalls(couriers, outbox, clock, platformPacer, () -> this.refs);
        this.clock = clock;
        this.settings = settings;
        this.moderators = moderators;
    }

    /** Where deliveries, retries and drops are counted (metrics). */
    public void reportTo(DeliveryEvents listener) {
        this.events = listener;
    }

    /** Where the references of delivered living posts are kept, and edits find what they update. */
    public void keepRefsIn(MessageRefs store) {
        this.refs = store;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxSettings settings() {
        return settings;
    }

    /**
     * Writes a message to {@code to} (inside {@code thread} when not null) and tries it at once.
     *
     * @return what the immediate attempt came to, or empty when the item waits for a worker
     */
    public Optional<Attempt> post(
            CommunityRef community,
            String kind,
            Destination to,
            ThreadRef thread,
            Destination fallback,
            Message message) {
        return post(community, kind, to, thread, fallback, message, null);
    }

    /**
     * The same for a living message: a post whose reference is kept, or an edit of one posted earlier,
     * which waits in the lane of {@code to} (where the original went) so it never overtakes it.
     */
    public Optional<Attempt> post(
            CommunityRef community,
            String kind,
            Destination to,
            ThreadRef thread,
            Destination fallback,
            Message message,
            Living living) {
        if (!calls.connected(community.platform())) {
            log.warn(
                    "Atelier is not connected to {}; a message to {} in {} is dropped",
                    community.platform(),
                    to,
                    community.id());
            return Optional.of(Attempt.refused("Atelier is not connected to " + community.platform()));
        }
        OutboxItem item = write(community, kind, to, thread, fallback, message, living);
        try {
            return deliverNow(item);
        } catch (RuntimeException e) {
            log.warn(
                    "Outbox item {} written; delivering it at once failed, a worker will: {}", item.id(), e.toString());
            return Optional.empty();
        }
    }

    /** Delivers what is due, lane by lane, until nothing is or the drain's bound is reached; @return items handled */
    public int drain() {
        sweep();
        int handled = 0;
        while (handled < settings.maxPerDrain()) {
            Optional<LaneClaim> claim = outbox.claim(settings.instanceId(), clock.instant(), settings.lease());
            if (claim.isEmpty()) {
                break;
            }
            handled += new LaneVisit(this, claim.get(), null, settings.maxPerDrain() - handled)
                    .run()
                    .handled();
        }
        return handled;
    }

    OutboxItem write(
            CommunityRef community,
            String kind,
            Destination to,
            ThreadRef thread,
            Destination fallback,
            Message message,
            Living living) {
        Instant now = clock.instant();
        Duration expiry = settings.expiryOf(kind);
        OutboxItem item = new OutboxItem(
                UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                community,
                kind,
                to,
                thread,
                fallback,
                message,
                now,
                expiry == null ? null : now.plus(expiry),
                0,
                false,
                living);
        outbox.add(item);
        return item;
    }

    private Optional<Attempt> deliverNow(OutboxItem item) {
        Optional<LaneClaim> claim = outbox.claim(item.lane(), settings.instanceId(), clock.instant(), settings.lease());
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(new LaneVisit(this, claim.get(), item.id(), settings.batch())
                .run()
                .stopResult());
    }

    Clock clock() {
        return clock;
    }

    CourierCalls calls() {
        return calls;
    }

    DeliveryEvents events() {
        return events;
    }

    MessageRefs refs() {
        return refs;
    }

    List<String> moderatorsOf(CommunityRef community) {
        return moderators.apply(community);
    }

    private void sweep() {
        Instant now = clock.instant();
        if (now.isBefore(lastSweep.plusSeconds(60))) {
            return;
        }
        lastSweep = now;
        outbox.reactivate();
        long purged = outbox.purge(now.minus(settings.retention()));
        if (purged > 0) {
            log.debug("Outbox: {} finished item(s) purged", purged);
        }
    }
}
