package dev.atelier.core.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The clock's retention round: for each community, purges what is older than its retention (365 days
 * unless a moderator set it). Needed even on a real MongoDB: a TTL index has one fixed age, not one per
 * community, and the embedded store never expires anything.
 */
public final class RetentionRound {

    /** How often a whole pass runs. */
    static final Duration EVERY = Duration.ofDays(1);

    private final RetentionStore store;
    private final RetentionSettings settings;
    private final Clock clock;

    public RetentionRound(RetentionStore store, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The scheduled round: a pass ({@link #run}) unless one finished less than {@link #EVERY} ago, on this
     * instance or another, or before a restart. Retention counts in days; each pass reads every record of
     * the kinds it purges, so it runs once a day, not every time the scheduler looks.
     */
    public RetentionStore.Purged runIfDue() {
        Instant now = clock.instant();
        if (store.lastPass().filter(last -> now.isBefore(last.plus(EVERY))).isPresent()) {
            return RetentionStore.Purged.NOTHING;
        }
        RetentionStore.Purged purged = run();
        store.passed(now);
        return purged;
    }

    /** One pass over each kind of record for all communities (not one per community). */
    public RetentionStore.Purged run() {
        Instant now = clock.instant();
        Map<String, Instant> own = new HashMap<>();
        settings.own().forEach((communityId, days) -> own.put(communityId, now.minus(Duration.ofDays(days))));
        return store.purgeAll(new Cutoffs(now.minus(Duration.ofDays(SetRetention.DEFAULT_DAYS)), own), now);
    }
}
