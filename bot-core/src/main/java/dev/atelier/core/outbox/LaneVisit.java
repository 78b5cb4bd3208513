package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visit of a claimed lane: delivers its items in order until the lane is empty, must wait (its pace, a
 * retry) or the budget is spent, settles each item (delivered: its living reference kept; refused for good: its
 * fallback posted, or the moderators told once that a channel is gone), then releases the lane with when it is
 * due again.
 */
final class LaneVisit {

    private static final Logger log = LoggerFactory.getLogger(LaneVisit.class);

    private final OutboxDelivery delivery;
    private final Outbox outbox;
    private final OutboxSettings settings;
    private final Clock clock;
    private final LaneClaim claim;
    private final String stopAt;
    private final int budget;
    private Pace pace;
    private int handled;
    private Attempt stopResult;

    LaneVisit(OutboxDelivery delivery, LaneClaim claim, String stopAt, int budget) {
        this.delivery = delivery;
        this.outbox = delivery.outbox();
        this.settings = delivery.settings();
        this.clock = delivery.clock();
        this.claim = claim;
        this.stopAt = stopAt;
        this.budget = budget;
        this.pace = claim.pace();
    }

    int handled() {
        return handled;
    }

    /** What became of the item the visit was asked to stop at (null: not reached). */
    Attempt stopResult() {
        return stopResult;
    }

    LaneVisit run() {
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
                    Attempt attempt = delivery.calls().attempt(item);
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

    private Instant retryLater(OutboxItem item, Attempt attempt) {
        Instant now = clock.instant();
        outbox.failed(item, attempt.unsure(), attempt.reason(), now);
        delivery.events().retried(item.community().platform(), attempt.unsure() ? "unsure" : "rate-limited");
        Duration wait = settings.backoff(item.attempts() + 1, attempt.retryAfter());
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
        delivery.events().dropped(item.community().platform(), "expired");
        log.info(
                "Outbox item {} ({}) to {} in {} expired undelivered after {}; dropped",
                item.id(),
                item.kind(),
                item.to(),
                item.community().id(),
                Duration.between(item.createdAt(), clock.instant()));
        if (item.id().equals(stopAt)) {
            stopResult = Attempt.refused("expired");
        }
    }

    private void settle(OutboxItem item, Attempt attempt) {
        Instant now = clock.instant();
        Platform platform = item.community().platform();
        if (attempt.delivered()) {
            outbox.delivered(item, attempt.messageId(), now);
            delivery.events().delivered(platform, item.kind());
            keepRef(item, attempt);
            return;
        }
        String reason = attempt.result().name().toLowerCase(Locale.ROOT);
        outbox.dropped(item, reason + ": " + attempt.reason(), now);
        delivery.events().dropped(platform, reason);
        if (item.fallback() != null) {
            log.info(
                    "Outbox item {} refused by {} ({}); falling back to {}",
                    item.id(),
                    item.to(),
                    attempt.reason(),
                    item.fallback());
            delivery.post(
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

    /** A DM that falls back to a channel names and pings the member it was for, on a line of its own before it. */
    private static Message addressed(Message message, Destination to) {
        if (!(to instanceof Destination.Direct direct)) {
            return message;
        }
        return message.withBody(Text.builder()
                        .plain("For ")
                        .member(direct.memberId())
                        .plain(":")
                        .line()
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
            delivery.refs().keep(item.community(), item.living().key(), ref.get());
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
        for (String moderator : delivery.moderatorsOf(community)) {
            delivery.write(
                    community, OutboxSettings.REPORT, new Destination.Direct(moderator), null, null, report, null);
        }
    }
}
