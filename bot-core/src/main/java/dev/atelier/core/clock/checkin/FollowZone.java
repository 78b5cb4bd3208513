package dev.atelier.core.clock.checkin;

import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.profile.ZoneChanged;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** An intern who changes time zone gets their next prompt moved at once to their schedule in the new zone. */
public final class FollowZone implements ZoneChanged {

    private final InternshipStore internships;
    private final CheckinStore checkins;
    private final Zones zones;
    private final CronClock cron;
    private final DueWork work;
    private final Clock clock;

    public FollowZone(
            InternshipStore internships,
            CheckinStore checkins,
            ProfileStore profiles,
            CronClock cron,
            DueWork work,
            Clock clock) {
        this.internships = internships;
        this.checkins = checkins;
        this.zones = new Zones(profiles);
        this.cron = cron;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public void changed(Requester member) {
        ZoneId zone = zones.of(member.communityId(), member.memberId());
        Instant now = clock.instant();
        for (Internship i : internships.findByMember(member.communityId(), member.memberId())) {
            if (!i.isIntern(member) || i.status() != InternshipStatus.ACTIVE) {
                continue;
            }
            checkins.find(member.communityId(), i.number())
                    .filter(c -> c.nextDue() != null)
                    .ifPresent(c -> {
                        Checkin moved = checkins.save(
                                c.reschedule(c.schedule(), c.schedule().nextAfter(cron, zone, now)));
                        if (moved.nextDue() != null) {
                            work.schedule(CheckinOccasions.nextPrompt(moved));
                        }
                    });
        }
    }
}
