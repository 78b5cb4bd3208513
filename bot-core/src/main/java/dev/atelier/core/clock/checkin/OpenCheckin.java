package dev.atelier.core.clock.checkin;

import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStarted;
import dev.atelier.core.profile.ProfileStore;
import java.time.Clock;
import java.time.ZoneId;

/**
 * A new internship gets its cohort's check-in schedule (or the default), due next in the intern's time
 * zone, and its first prompt becomes due work.
 */
public final class OpenCheckin implements InternshipStarted {

    private final CheckinStore checkins;
    private final CheckinDefaults defaults;
    private final Zones zones;
    private final CronClock cron;
    private final DueWork work;
    private final Clock clock;

    public OpenCheckin(
            CheckinStore checkins,
            CheckinDefaults defaults,
            ProfileStore profiles,
            CronClock cron,
            DueWork work,
            Clock clock) {
        this.work = work;
        this.checkins = checkins;
        this.defaults = defaults;
        this.zones = new Zones(profiles);
        this.cron = cron;
        this.clock = clock;
    }

    @Override
    public void started(CommunityRef community, Internship internship) {
        String internId = internship.data().intern().id();
        ZoneId zone = zones.of(community.id(), internId);
        String cohort = internship.data().cohortName();
        CheckinSchedule schedule = cohort == null
                ? CheckinSchedule.DEFAULT
                : defaults.find(community.id(), cohort).orElse(CheckinSchedule.DEFAULT);
        Checkin opened = checkins.save(new Checkin(
                community,
                internship.number(),
                internId,
                schedule,
                schedule.nextAfter(cron, zone, clock.instant()),
                null,
                0,
                0,
                null));
        if (opened.nextDue() != null) {
            work.schedule(CheckinOccasions.nextPrompt(opened));
        }
    }
}
