package dev.atelier.core.clock.reminder;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.checkin.Zones;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.profile.ProfileStore;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a reminder may reach its recipient: the intern keeps the quiet hours of their check-in schedule,
 * anyone else the default quiet hours (22:00–08:00); both in their own time zone.
 */
public final class QuietTime {

    private final CheckinStore checkins;
    private final Zones zones;

    public QuietTime(CheckinStore checkins, ProfileStore profiles) {
        this.checkins = checkins;
        this.zones = new Zones(profiles);
    }

    /** {@code now}, or the end of the recipient's quiet hours when {@code now} falls in them. */
    public Instant allowedFrom(Internship i, String memberId, Instant now) {
        String communityId = i.data().communityId();
        CheckinSchedule schedule = memberId.equals(i.data().intern().id())
                ? checkins.find(communityId, i.number()).map(Checkin::schedule).orElse(CheckinSchedule.DEFAULT)
                : CheckinSchedule.DEFAULT;
        ZoneId zone = zones.of(communityId, memberId);
        return schedule.outsideQuietHours(now.atZone(zone)).toInstant();
    }
}
