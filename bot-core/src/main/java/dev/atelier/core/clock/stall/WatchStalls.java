package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Raises an active pair's flag when a stall rule holds (and plans one notice to the moderators, as due
 * work, so it survives a crash and is sent once), or clears it when none holds any more.
 */
public final class WatchStalls {

    public static final String NOTICE = "stall-notice";

    private final HealthStore health;
    private final DueWork work;

    public WatchStalls(HealthStore health, DueWork work) {
        this.health = health;
        this.work = work;
    }

    /** What changed for one pair. */
    public enum Change {
        RAISED,
        CLEARED,
        NONE
    }

    public Change check(
            CommunityRef community,
            Internship i,
            Optional<Checkin> checkin,
            Rhythm rhythm,
            Instant lastActivity,
            Instant now) {
        Optional<String> reason = StallRule.reason(rhythm, lastActivity, checkin, now);
        if (reason.isPresent()) {
            // the notice's occasion is the flag's time as the store keeps it (milliseconds), so they match
            Instant flaggedAt = now.truncatedTo(ChronoUnit.MILLIS);
            if (health.raise(community.id(), i.number(), reason.get(), flaggedAt)) {
                work.plan(DueItem.of(NOTICE, community, i.number(), i.number(), flaggedAt.toString(), "", flaggedAt));
                return Change.RAISED;
            }
            return Change.NONE;
        }
        return health.clear(community.id(), i.number(), now) ? Change.CLEARED : Change.NONE;
    }
}
