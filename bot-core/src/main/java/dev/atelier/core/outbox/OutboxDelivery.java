package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Map<Platform, Courier> couriers = new EnumMap<>(Platform.class);
    private final Clock clock;
    private final OutboxSettings settings;
    private final Pacer platformPacer;
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
        couriers.forEach(c -> this.couriers.put(c.platform(), c));
        this.clock = clock;
        this.settings = settings;
        this.platformPacer = platformPacer;
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
        if (!couriers.containsKey(community.platform())) {
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
            handled += new LaneVisit(claim.get(), null, settings.maxPerDrain() - handled).run().handled;
        }
        return handled;
    }

    private OutboxItem write(
            CommunityRef community,
            String kind,
            Destination to,
            ThreadRef thread,
            Destination fallback,
            Message message,
            Living living) {
        Instant now = clock.instant();
        java.time.Duration expiry = settings.expiryOf(kind);
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
        return Optional.ofNullable(new LaneVisit(claim.get(), item.id(), settings.batch()).run().stopResult);
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

    /** One visit of a claimed lane: delivers its items in order until it is empty, must wait, or the budget is spent. */
    private final class LaneVisit {
        private final LaneClaim claim;
        private final String stopAt;
        private final int budget;
        private Pace pace;
        private int handled;
        private Attempt stopResult;

        private LaneVisit(LaneClaim claim, String stopAt, int budget) {
            this.claim = claim;
            this.stopAt = stopAt;
            this.budget = budget;
            this.pace = claim.pace();
        }

        private LaneVisit run() {
            try {
                Instant next = visit();
                outbox.release(claim, next, pace);
            } catch (RuntimeException e) {
                log.warn("Outbox lane {} failed, retried shortly: {}", claim.lane(), e.toString());
                outbox.release(claim, clock.instant().plus(settings.firstBackoff()), pace);
            }
            return this;
        }

        /** @return when the lane is due again */
        private Instant visit() {
            while (handled < budget) {
                List<OutboxItem> items = outbox.pending(claim, Math.min(settings.batch(), budget - handled));
                if (items.isEmpty()) {
                    return clock.instant();
                }
                for (OutboxItem item : items) {
                    Instant now = clock.instant();
                    if (item.expired(now)) {
                        expire(item);
                    } else {
                        PaceRule rule = settings.paceOf(item.community().platform());
                        Instant ready = rule.readyAt(pace, now);
                        if (ready.isAfter(now)) {
                            return ready;
                        }
                        Attempt attempt = attempt(item);
                        pace = rule.take(pace, clock.instant());
                        if (item.id().equals(stopAt)) {
                            stopResult = attempt;
                        }
                        if (attempt.retry()) {
                            return retryLater(item, attempt);
                        }
                        settle(item, attempt);
                    }
                    handled++;
                    if (item.id().equals(stopAt) || handled >= budget) {
                        return clock.instant();
                    }
                }
            }
            return clock.instant();
        }

        private Attempt attempt(OutboxItem item) {
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
                    return Attempt.unsure("could not check an earlier attempt: " + e);
                }
            }
            platformPacer.acquire(platform);
            outbox.attempting(item, clock.instant());
            try {
                return courier.deliver(item);
            } catch (RuntimeException e) {
                return Attempt.unsure(e.toString());
            }
        }

        /** An edit: of the message its aggregate names, else of the one kept under its key (none: nothing to do). */
        private Attempt edit(Courier courier, OutboxItem item) {
            Living living = item.living();
            Optional<MessageRef> at =
                    living.at() != null ? Optional.of(living.at()) : refs.find(item.community(), living.key());
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

        private Instant retryLater(OutboxItem item, Attempt attempt) {
            Instant now = clock.instant();
            outbox.failed(item, attempt.unsure(), attempt.reason(), now);
            events.retried(item.community().platform(), attempt.unsure() ? "unsure" : "rate-limited");
            java.time.Duration wait = settings.backoff(item.attempts() + 1, attempt.retryAfter());
            log.info(
                    "Outbox item {} to {} not delivered ({}); retried in {} ms",
                    item.id(),
                    item.to(),
                    attempt.reason(),
                    wait.toMillis());
            return now.plus(wait);
        }

        private void expire(OutboxItem item) {
            outbox.dropped(item, "expired", clock.instant());
            events.dropped(item.community().platform(), "expired");
            log.info(
                    "Outbox item {} ({}) to {} in {} expired undelivered after {}; dropped",
                    item.id(),
                    item.kind(),
                    item.to(),
                    item.community().id(),
                    java.time.Duration.between(item.createdAt(), clock.instant()));
            if (item.id().equals(stopAt)) {
                stopResult = Attempt.refused("expired");
            }
        }

        private void settle(OutboxItem item, Attempt attempt) {
            Instant now = clock.instant();
            Platform platform = item.community().platform();
            if (attempt.delivered()) {
                outbox.delivered(item, attempt.messageId(), now);
                events.delivered(platform, item.kind());
                keepRef(item, attempt);
                return;
            }
            String reason = attempt.result().name().toLowerCase(Locale.ROOT);
            outbox.dropped(item, reason + ": " + attempt.reason(), now);
            events.dropped(platform, reason);
            if (item.fallback() != null) {
                log.info(
                        "Outbox item {} refused by {} ({}); falling back to {}",
                        item.id(),
                        item.to(),
                        attempt.reason(),
                        item.fallback());
                post(
                        item.community(),
                        item.kind(),
                        item.fallback(),
                        null,
                        null,
                        addressed(item.message(), item.to()),
                        item.living());
                return;
            }
            log.warn(
                    "Outbox item {} to {} in {} refused for good: {}",
                    item.id(),
                    item.to(),
                    item.community().id(),
                    attempt.reason());
            if (attempt.result() == Attempt.Result.GONE
                    && !item.inThread()
                    && !item.isEdit()
                    && item.to() instanceof Destination.Channel channel) {
                reportGone(item.community(), channel.channelId(), now);
            }
        }

        /** A DM that falls back to a channel names and pings the member it was for, first thing. */
        private static Message addressed(Message message, Destination to) {
            if (!(to instanceof Destination.Direct direct)) {
                return message;
            }
            return message.withBody(Text.builder()
                            .member(direct.memberId())
                            .plain(" ")
                            .text(message.body())
                            .build())
                    .asPublic();
        }

        private void keepRef(OutboxItem item, Attempt attempt) {
            if (item.living() == null || item.isEdit()) {
                return;
            }
            Optional<MessageRef> ref = MessageRef.parse(attempt.messageId());
            if (ref.isEmpty()) {
                log.info(
                        "Outbox item {} was delivered without a reference to keep under {}",
                        item.id(),
                        item.living().key());
                return;
            }
            try {
                refs.keep(item.community(), item.living().key(), ref.get());
            } catch (RuntimeException e) {
                log.warn("Could not keep the reference of outbox item {}: {}", item.id(), e.toString());
            }
        }

        private void reportGone(CommunityRef community, String channelId, Instant now) {
            if (!outbox.firstReport(community.id(), "gone:" + channelId, now)) {
                return;
            }
            Message report = Message.publicReply(Text.builder()
                            .plain("Atelier could not post in ")
                            .channel(channelId)
                            .plain(": the channel no longer exists or Atelier was removed from it. Messages for it "
                                    + "are dropped; give the internship a new place or invite Atelier back.")
                            .build())
                    .withTitle("📭 A channel is gone");
            for (String moderator : moderators.apply(community)) {
                write(community, OutboxSettings.REPORT, new Destination.Direct(moderator), null, null, report, null);
            }
        }
    }
}
