package dev.atelier.core.clock.checkin;

import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The intern fits check-ins to their own time blocks: days, time and quiet hours, in their time zone. */
public final class ScheduleCheckin {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    private final InternOf internOf;
    private final CheckinStore checkins;
    private final Zones zones;
    private final CronClock cron;
    private final DueWork work;
    private final Clock clock;

    public ScheduleCheckin(
            InternshipStore internships,
            CheckinStore checkins,
            ProfileStore profiles,
            CronClock cron,
            DueWork work,
            Clock clock) {
        this.work = work;
        this.internOf = new InternOf(internships);
        this.checkins = checkins;
        this.zones = new Zones(profiles);
        this.cron = cron;
        this.clock = clock;
    }

    public record Command(Requester requester, String days, String time, String quiet, Long internship) {}

    public Outcome execute(Command c) {
        Internship internship = internOf.find(c.requester(), c.internship());
        Checkin checkin = checkins.find(c.requester().communityId(), internship.number())
                .orElseThrow(() -> new Rejected("Internship #" + internship.number() + " has no check-ins."));
        boolean show = c.days() == null && c.time() == null && c.quiet() == null;
        CheckinSchedule schedule =
                show ? checkin.schedule() : checkin.schedule().change(c.days(), c.time(), c.quiet());
        ZoneId zone = zones.of(c.requester().communityId(), c.requester().memberId());
        Instant next = schedule.nextAfter(cron, zone, clock.instant());
        if (!show) {
            Checkin saved = checkins.save(checkin.reschedule(schedule, next));
            if (next != null) {
                work.schedule(CheckinOccasions.nextPrompt(saved));
            }
        }
        String nextText = next == null ? "none" : SHOWN.format(next.atZone(zone)) + " (" + zone.getId() + ")";
        return Outcome.reply(Message.privateReply(Text.builder()
                        .plain("🗓️ Check-ins for internship #" + internship.number() + ": " + schedule.describe()
                                + ", in " + zone.getId() + ".")
                        .build())
                .withFields(List.of(
                        Field.of("Next", Text.of(nextText)),
                        Field.wide(
                                "Change",
                                Text.builder()
                                        .command(CommandHint.of("checkin schedule")
                                                .named("days", "mon,thu")
                                                .named("time", "09:30")
                                                .named("quiet", "22-8"))
                                        .plain("; your zone: ")
                                        .command(CommandHint.of("profile set").named("timezone", "Europe/Paris"))
                                        .build()))));
    }
}
