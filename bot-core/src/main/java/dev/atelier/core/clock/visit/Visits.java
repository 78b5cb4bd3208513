package dev.atelier.core.clock.visit;

import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans visits as due work: one for what changed (pending once at a time) and one for each minute at which
 * something may fall due; planning one that is pending already costs one refused insert.
 */
public final class Visits implements InternshipChanges {

    public static final String VISIT = "clock-visit";
    public static final String MENTOR_LOAD = "mentor-load-check";
    /** The occasion of a visit planned by a change (a scheduled one names its minute). */
    static final String CHANGED = "changed";

    private final DueWork work;
    private final Clock clock;

    public Visits(DueWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    /**
     * Something changed for the internship: it is visited at the clock's next round (in this round when a
     * due item changed it). One such visit is pending at a time: changes made before it runs are seen by
     * it, and a visit forgets its entry as it starts, so a change made while it runs plans the next one.
     */
    public void soon(String communityId, long internship) {
        soon(community(communityId), internship);
    }

    /** The stores saved something of the internship: it is visited {@link #soon}. */
    @Override
    public void changed(String communityId, long internship) {
        soon(communityId, internship);
    }

    public void soon(CommunityRef community, long internship) {
        work.plan(DueItem.of(VISIT, community, internship, 0, CHANGED, "", clock.instant()));
    }

    /** Plans a visit of the internship at {@code when}, or at the start of the next minute after it. */
    public void at(CommunityRef community, long internship, Instant when) {
        Instant minute = when.truncatedTo(ChronoUnit.MINUTES);
        plan(community, internship, minute.equals(when) ? when : minute.plus(1, ChronoUnit.MINUTES));
    }

    private void plan(CommunityRef community, long internship, Instant minute) {
        work.plan(DueItem.of(VISIT, community, internship, 0, minute.toString(), "", minute));
    }

    /** Plans the community's look at its mentors' load, once in the hour of {@code now}. */
    public void mentorLoad(CommunityRef community, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        work.plan(DueItem.of(MENTOR_LOAD, community, 0, 0, hour.toString(), "", now));
    }

    /** The keys of the community's looks at its mentors' load in the 24 hours before {@code check}'s. */
    static List<String> earlierMentorLoads(DueItem check) {
        Instant hour = Instant.parse(check.occasion());
        List<String> keys = new ArrayList<>();
        for (int h = 1; h <= 24; h++) {
            keys.add(DueItem.of(
                            MENTOR_LOAD,
                            check.community(),
                            0,
                            0,
                            hour.minus(h, ChronoUnit.HOURS).toString(),
                            "",
                            hour)
                    .key());
        }
        return keys;
    }

    /** The community of a stored id ({@code platform:externalId}); its name is read when the visit runs. */
    static CommunityRef community(String communityId) {
        int colon = communityId.indexOf(':');
        String key = colon < 0 ? "" : communityId.substring(0, colon);
        for (Platform p : Platform.values()) {
            if (p.key().equals(key)) {
                return new CommunityRef(p, communityId.substring(colon + 1), null);
            }
        }
        throw new IllegalArgumentException("not a community id: " + communityId);
    }
}
