package dev.atelier.core.outbox;

import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.MessageRef;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to hand an outbox item to its platform's courier: paced per platform, marked as attempting first
 * (so a crash leaves it unsure), an unsure item looked for before it is posted again, an edit sent to the
 * message its living reference names. Whatever the courier throws becomes an unsure attempt.
 */
final class CourierCalls {

    private static final Logger log = LoggerFactory.getLogger(CourierCalls.class);

    private final Map<Platform, Courier> couriers = new EnumMap<>(Platform.class);
    private final Outbox outbox;
    private final Clock clock;
    private final Pacer platformPacer;
    private final Supplier<MessageRefs> refs;

    CourierCalls(
            List<? extends Courier> couriers,
            Outbox outbox,
            Clock clock,
            Pacer platformPacer,
            Supplier<MessageRefs> refs) {
        couriers.forEach(c -> this.couriers.put(c.platform(), c));
        this.outbox = outbox;
        this.clock = clock;
        this.platformPacer = platformPacer;
        this.refs = refs;
    }

    boolean connected(Platform platform) {
        return couriers.containsKey(platform);
    }

    Attempt attempt(OutboxItem item) {
        Platform platform = item.community().platform();
        Courier courier = couriers.get(platform);
        if (courier == null) {
            return Attempt.refused("Atelier is not connected to " + platform);
        }
        if (item.isEdit()) {
            return edit(courier, item);
        }
        if (item.unsure()) {
            try {
                Optional<String> found = courier.findDelivered(item);
                if (found.isPresent()) {
                    log.info(
                            "Outbox item {} had reached {} before its outcome was known; not posted again",
                            item.id(),
                            platform);
                    return Attempt.delivered(found.get());
                }
            } catch (RuntimeException e) {
                // counted as an attempt, so the retries of an item whose check keeps failing back off
                outbox.attempting(item, clock.instant());
                return Attempt.unsure("could not check an earlier attempt: " + e);
            }
        }
        platformPacer.acquire(platform);
        outbox.attempting(item, clock.instant());
        try {
            return courier.deliver(PostLinks.resolved(item, refs.get(), courier));
        } catch (RuntimeException e) {
            return Attempt.unsure(e.toString());
        }
    }

    /** An edit: of the message its aggregate names, else of the one kept under its key (none: nothing to do). */
    private Attempt edit(Courier courier, OutboxItem item) {
        Living living = item.living();
        Optional<MessageRef> at =
                living.at() != null ? Optional.of(living.at()) : refs.get().find(item.community(), living.key());
        if (at.isEmpty()) {
            return Attempt.gone("no message kept under " + living.key());
        }
        platformPacer.acquire(item.community().platform());
        outbox.attempting(item, clock.instant());
        try {
            return courier.edit(item, at.get());
        } catch (RuntimeException e) {
            return Attempt.unsure(e.toString());
        }
    }
}
