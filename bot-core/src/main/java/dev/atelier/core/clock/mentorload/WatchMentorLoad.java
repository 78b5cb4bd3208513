package dev.atelier.core.clock.mentorload;

import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.community.CommunityRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

/**
 * Plans one notice to the moderators (due work) per mentor and per occasion: over capacity with this many
 * interns, over their weekly hours in this week, or work waiting since this instant. Planning the same
 * occasion again on every sweep sends nothing twice.
 */
public final class WatchMentorLoad {

    public static final String NOTICE = "mentor-load";

    private final MentorLoads loads;
    private final DueWork work;

    public WatchMentorLoad(MentorLoads loads, DueWork work) {
        this.loads = loads;
        this.work = work;
    }

    /** @return how many new notices were planned */
    public int plan(CommunityRef community, Rhythm rhythm, Instant now) {
        int planned = 0;
        for (MentorLoad l : loads.of(community.id(), now)) {
            if (l.flag(rhythm.reviewWait(), now).isEmpty()) {
                continue;
            }
            String occasion = l.interns() > l.capacity()
                    ? "interns " + l.interns() + "/" + l.capacity()
                    : l.overCapacity()
                            ? "hours week " + now.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_BASED_YEAR) + "-"
                                    + now.atZone(ZoneOffset.UTC).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                            : "waiting since " + l.oldestWait();
            planned += work.plan(DueItem.of(
                            NOTICE, community, 0, 0, occasion, l.mentor().id(), now))
                    ? 1
                    : 0;
        }
        return planned;
    }
}
