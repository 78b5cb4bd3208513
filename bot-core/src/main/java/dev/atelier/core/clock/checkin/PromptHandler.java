package dev.atelier.core.clock.checkin;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.profile.ProfileStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Sends check-in prompt number {@code ref} when it falls due: records it on the check-in (optimistic
 * locking), sends it, and plans the next prompt and the missed-check. After downtime only one prompt
 * goes out and the next is due after now. A prompt due in the intern's quiet hours waits for their end; one due while they are away (away
 * period, community holiday) waits until they are back.
 * If an instance crashed after recording a prompt and before finishing it, the taker-over sends it
 * (unless a newer one is due already).
 */
public final class PromptHandler implements DueHandler {

    private final CheckinStore checkins;
    private final InternshipStore internships;
    private final Zones zones;
    private final CronClock cron;
    private final RhythmStore rhythms;
    private final DueWork work;
    private final Availability away;

    public PromptHandler(
            CheckinStore checkins,
            InternshipStore internships,
            ProfileStore profiles,
            CronClock cron,
            RhythmStore rhythms,
            DueWork work,
            Availability away) {
        this.checkins = checkins;
        this.internships = internships;
        this.zones = new Zones(profiles);
        this.cron = cron;
        this.rhythms = rhythms;
        this.work = work;
        this.away = away;
    }

    @Override
    public String kind() {
        return CheckinOccasions.PROMPT;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        String communityId = item.community().id();
        Optional<Checkin> found = checkins.find(communityId, item.internship());
        Optional<Internship> internship = internships.find(communityId, item.internship());
        if (found.isEmpty() || internship.isEmpty() || internship.get().status() != InternshipStatus.ACTIVE) {
            found.filter(c -> c.nextDue() != null).ifPresent(c -> checkins.save(c.reschedule(c.schedule(), null)));
            return Handled.obsolete();
        }
        Checkin c = found.get();
        Duration window = rhythms.of(communityId).answerWindow();
        if (c.prompt() != null && c.prompt().number() >= item.ref()) {
            boolean resend = c.prompt().number() == item.ref()
                    && c.prompt().open()
                    && (c.nextDue() == null || c.nextDue().isAfter(now));
            followUps(c, window);
            return resend ? send(internship.get(), c, window) : Handled.obsolete();
        }
        if (c.nextDue() == null) {
            return Handled.obsolete();
        }
        if (c.nextDue().isAfter(now)) {
            return Handled.deferTo(c.nextDue());
        }
        Instant back = away.backAt(communityId, c.internId(), now);
        if (back.isAfter(now)) {
            return Handled.deferTo(back);
        }
        ZoneId zone = zones.of(communityId, c.internId());
        Instant allowed = c.schedule().outsideQuietHours(now.atZone(zone)).toInstant();
        if (allowed.isAfter(now)) {
            return Handled.deferTo(allowed);
        }
        Checkin prompted = checkins.save(c.prompted(now, c.schedule().nextAfter(cron, zone, now)));
        followUps(prompted, window);
        return send(internship.get(), prompted, window);
    }

    private void followUps(Checkin c, Duration window) {
        if (c.nextDue() != null) {
            work.plan(CheckinOccasions.nextPrompt(c));
        }
        if (c.prompt().open()) {
            work.plan(CheckinOccasions.missedCheck(c, window));
        }
    }

    private static Handled send(Internship i, Checkin c, Duration window) {
        return Handled.send(List.of(Notices.direct(i, i.data().intern(), message(i, c, window))
                .kept(PromptCards.key(i, c.prompt().number()))));
    }

    private static Message message(Internship i, Checkin c, Duration window) {
        return Message.publicReply(Text.builder()
                        .plain("How is ")
                        .bold(i.data().taskTitle())
                        .plain(" going? Tell ")
                        .quiet(i.data().mentor())
                        .plain(" what got done, what blocks you, what comes next, and your confidence from 1 "
                                + "(stuck) to 5 (on track).")
                        .build())
                .withTitle("🗓️ " + PromptCards.title(i, c.prompt().number()))
                .withFields(List.of(Field.of("Answer within", Text.of(window.toHours() + " h"))))
                .withButtons(List.of(Button.asking(
                        "Answer check-in",
                        ButtonStyle.PRIMARY,
                        "checkin answer internship:" + i.number(),
                        "done",
                        "blocks",
                        "next",
                        "confidence")));
    }
}
