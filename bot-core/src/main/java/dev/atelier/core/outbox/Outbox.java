package dev.atelier.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the durable outbox. Items wait in lanes (one per channel or DM); a worker claims a whole lane
 * under a lease and delivers its pending items oldest first, so order holds per lane and a retry
 * holds back only its own lane. Every state change of an item is conditional on it still pending.
 */
public interface Outbox {

    /** Writes a pending item and marks its lane as having work. */
    void add(OutboxItem item);

    /** Claims a lane with work that is due at {@code now} and under no live lease, earliest due first. */
    Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease);

    /** Claims this lane when it is due and under no live lease (delivering at once, right after writing). */
    Optional<LaneClaim> claim(String lane, String instanceId, Instant now, Duration lease);

    /** The oldest pending items of a claimed lane, in the order they were written. */
    List<OutboxItem> pending(LaneClaim claim, int limit);

    /** Before calling the platform: one more attempt, whose outcome is unknown until recorded. */
    void attempting(OutboxItem item, Instant now);

    void delivered(OutboxItem item, String messageId, Instant now);

    /** The attempt failed and will be retried; {@code unsure} when it may have posted all the same. */
    void failed(OutboxItem item, boolean unsure, String reason, Instant now);

    void dropped(OutboxItem item, String reason, Instant now);

    /** Frees a claimed lane, due again at {@code next}, keeping its pace; a lane without pending items goes idle. */
    void release(LaneClaim claim, Instant next, Pace pace);

    /** Marks lanes that hold pending items as having work (after a crash between writing an item and its lane). */
    void reactivate();

    /** Removes delivered and dropped items finished before {@code before}; @return how many */
    long purge(Instant before);

    /** True the first time {@code what} is reported for the community: reports are sent once. */
    boolean firstReport(String communityId, String what, Instant now);

    /** What one item came to (tests, diagnostics). */
    Optional<Sent> find(String id);

    /** Pending items and the oldest of them: of one community, or of all when {@code communityId} is null. */
    Backlog backlog(String communityId);

    /** The state of one item: pending, delivered (with the platform's id) or dropped (with the reason). */
    record Sent(String id, String state, String messageId, String reason, int attempts) {

        public boolean delivered() {
            return "DELIVERED".equals(state);
        }
    }

    /** How many items wait, since when the oldest, and what the last refusals were (newest first). */
    record Backlog(long pending, Instant oldest, List<String> refusals) {

        public Backlog {
            refusals = List.copyOf(refusals);
        }
    }
}
