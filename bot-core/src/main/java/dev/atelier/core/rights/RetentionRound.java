package dev.atelier.core.rights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The clock's retention round: for each community, purges what is older than its retention (365 days
 * unless a moderator set it). Needed even on a real MongoDB: a TTL index has one fixed age, not one per
 * community, and the embedded store never expires anything.
 */
public final class RetentionRound {

    private final RetentionStore store;
    private final RetentionSettings settings;
    private final Clock clock;

    public RetentionRound(RetentionStore store, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over each kind of record for all communities (not one per community). */
    public RetentionStore.Purged run() {
        Instant now = clock.instant();
        return store.purgeAll(
                communityId ->
                        now.minus(Duration.ofDays(settings.days(communityId).orElse(SetRetention.DEFAULT_DAYS))),
                now);
    }
}
