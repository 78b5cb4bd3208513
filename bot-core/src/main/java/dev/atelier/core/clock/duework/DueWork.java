package dev.atelier.core.clock.duework;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Port: the due items of every community, claimed atomically under a lease. */
public interface DueWork {

    /** Plans an occasion once: inserts it unless an item with its key exists (pending, claimed or done). */
    boolean plan(DueItem item);

    /** Plans many occasions at once (one bulk write); keys already there are kept as they are. */
    void planAll(List<DueItem> items);

    /**
     * Plans an occasion or moves it: inserts it, or sets the due time of the pending item with its key
     * when it differs (and frees any claim on it, whose holder then fails to finish it). A done item
     * stays done.
     */
    void schedule(DueItem item);

    /**
     * Claims up to {@code limit} items due at or before {@code now}, not done, not under a live lease,
     * for {@code instanceId} until {@code now + lease}. Each item goes to exactly one claimer.
     */
    List<Claimed> claim(String instanceId, Instant now, Duration lease, int limit);

    /** Marks these claimed items done: they were handled, even if their lease ran out meanwhile. */
    void done(Collection<Claimed> claims, Instant now);

    /**
     * Ends a claim: {@code finished} (part of {@code claimed}) are done, the others of {@code claimed} were
     * given back with {@link #release}; what the claim held is free for the next claimer.
     */
    default void settle(Collection<Claimed> claimed, Collection<Claimed> finished, Instant now) {
        done(finished, now);
    }

    /**
     * Forgets these occasions' entries, so the store keeps nothing of them once they are done. Only for
     * occasions that cannot come again (a visit of a minute that passed): a forgotten key may be planned anew.
     */
    void forget(Collection<String> keys);

    /** Gives a claimed item back, due again at {@code dueAt} (a deferral or a retry); nothing if the claim was lost. */
    void release(Claimed claim, Instant dueAt);
}
