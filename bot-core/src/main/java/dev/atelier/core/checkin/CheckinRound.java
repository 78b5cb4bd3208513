package dev.atelier.core.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass of the check-in clock: marks prompts unanswered for {@link Checkin#ANSWER_WINDOW} as missed,
 * then sends every prompt that fell due. A prompt is claimed by saving the check-in with its next due
 * time under optimistic locking before it is sent, so two instances running rounds on one database
 * never send it twice. After downtime only one prompt is sent and the next is due after now.
 */
public final class CheckinRound {

    static final int BATCH = 200;

    private final CheckinStore checkins;
    private final InternshipStore internships;
    private final Zones zones;
    private final CronClock cron;
    private final Outbound outbound;
    private final Clock clock;

    public CheckinRound(CheckinStore checkins, InternshipStore internships, ProfileStore profiles, CronClock cron,
                        Outbound outbound, Clock clock) {
        this.checkins = checkins;
        this.internships = internships;
        this.zones = new Zones(profiles);
        this.cron = cron;
        this.outbound = outbound;
        this.clock = clock;
    }

    /** What one round did. */
    public record Report(int prompted, int missed) {
    }

    public Report run() {
        Instant now = clock.instant();
        int missed = 0;
        List<Checkin> expired;
        do {
            expired = checkins.unansweredSince(now.minus(Checkin.ANSWER_WINDOW), BATCH);
            for (Checkin c : expired) {
                missed += claim(c.missed()).isPresent() ? 1 : 0;
            }
        } while (expired.size() == BATCH);
        int prompted = 0;
        List<Checkin> due;
        do {
            due = checkins.due(now, BATCH);
            for (Checkin c : due) {
                prompted += prompt(c, now) ? 1 : 0;
            }
        } while (due.size() == BATCH);
        return new Report(prompted, missed);
    }

    private boolean prompt(Checkin c, Instant now) {
        Optional<Internship> internship = internships.find(c.community().id(), c.internship());
        if (internship.isEmpty() || internship.get().status() != InternshipStatus.ACTIVE) {
            claim(c.reschedule(c.schedule(), null));
            return false;
        }
        Instant next = c.schedule().nextAfter(cron, zones.of(c.community().id(), c.internId()), now);
        Optional<Checkin> claimed = claim(c.prompted(now, next));
        claimed.ifPresent(p -> outbound.send(c.community(), List.of(Notices.direct(internship.get(),
                internship.get().data().intern(), promptMessage(internship.get(), p)))));
        return claimed.isPresent();
    }

    private Optional<Checkin> claim(Checkin changed) {
        try {
            return Optional.of(checkins.save(changed));
        } catch (ConcurrentChange lostToAnotherInstance) {
            return Optional.empty();
        }
    }

    private static Message promptMessage(Internship i, Checkin c) {
        return new Message("🗓️ Check-in " + c.prompt().number() + " — internship #" + i.number(),
                "How is *" + i.data().taskTitle() + "* going? Tell " + i.data().mentor().mention()
                        + " what got done, what blocks you, what comes next, and your confidence from 1 (stuck) to "
                        + "5 (on track). You have " + Checkin.ANSWER_WINDOW.toHours() + " h; or answer with "
                        + "`checkin answer <done> <blocks> <next> <confidence>`.", List.of(),
                List.of(Button.asking("Answer check-in", ButtonStyle.PRIMARY, "checkin answer internship:" + i.number(),
                        "done", "blocks", "next", "confidence")), false);
    }
}
