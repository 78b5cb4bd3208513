package dev.atelier.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read model for moderators: whether delivery in their community is late (an item has waited longer than
 * {@code lateAfter}) or was refused for good lately (a channel gone, a permission missing), and how much
 * waits. Empty when everything goes out on time.
 */
public final class DeliveryStatus {

    private final Outbox outbox;
    private final Clock clock;
    private final Duration lateAfter;

    public DeliveryStatus(Outbox outbox, Clock clock, Duration lateAfter) {
        this.outbox = outbox;
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    /** What a moderator of {@code communityId} should know about delivery, when something is late or refused. */
    public Optional<Late> of(String communityId) {
        Outbox.Backlog backlog = outbox.backlog(communityId);
        Instant now = clock.instant();
        Duration age = backlog.oldest() == null ? Duration.ZERO : Duration.between(backlog.oldest(), now);
        boolean late = backlog.pending() > 0 && age.compareTo(lateAfter) > 0;
        if (!late && backlog.refusals().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Late(backlog.pending(), late ? age : Duration.ZERO, backlog.refusals()));
    }

    /** How many messages wait, how long the oldest has (zero when none is late), and recent refusals. */
    public record Late(long pending, Duration oldestAge, List<String> refusals) {

        public Late {
            refusals = List.copyOf(refusals);
        }
    }
}
