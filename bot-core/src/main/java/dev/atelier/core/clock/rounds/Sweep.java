package dev.atelier.core.clock.rounds;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinOccasions;
import dev.atelier.core.clock.reminder.PlanReminders;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.stall.Activity;
import dev.atelier.core.clock.stall.WatchStalls;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.question.Question;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over every active internship: plans the reminders whose occasion came, raises or clears
 * its stall flag, moves an open prompt's missed-check to the community's current answer window, and
 * plans the next prompt of a check-in that has none yet (one stored before prompts were due work). Any number of instances may sweep at once: occasion keys and conditional flag updates
 * keep the effects single. While the intern is away their pair's stall flag is left as it is, and idle
 * days count from their return.
 */
final class Sweep {

    private static final Logger log = LoggerFactory.getLogger(Sweep.class);

    /** What one sweep did. */
    record Result(int reminders, int raised, int cleared) {}

    private final SweepSources s;
    private final PlanReminders reminders;
    private final WatchStalls stalls;

    Sweep(SweepSources sources, PlanReminders reminders, WatchStalls stalls) {
        this.s = sources;
        this.reminders = reminders;
        this.stalls = stalls;
    }

    Result run(Instant now) {
        Map<String, Rhythm> rhythms = new HashMap<>();
        Map<String, CommunityRef> communities = new HashMap<>();
        int[] counts = new int[3];
        s.active().forEach((community, i) -> {
            try {
                communities.putIfAbsent(community.id(), community);
                Rhythm rhythm = rhythms.computeIfAbsent(community.id(), s.rhythms()::of);
                counts[0] += pair(community, i, rhythm, now, counts);
            } catch (RuntimeException e) {
                log.warn("Sweep skipped internship #{} of {}: {}", i.number(), community.id(), e.toString());
            }
        });
        communities.values().forEach(community -> {
            try {
                s.mentorLoad().plan(community, rhythms.get(community.id()), now);
            } catch (RuntimeException e) {
                log.warn("Sweep skipped the mentor load of {}: {}", community.id(), e.toString());
            }
        });
        return new Result(counts[0], counts[1], counts[2]);
    }

    private int pair(CommunityRef community, Internship i, Rhythm rhythm, Instant now, int[] counts) {
        String communityId = community.id();
        Optional<Checkin> checkin = s.checkins().find(communityId, i.number());
        checkin.filter(c -> c.prompt() != null && c.prompt().open())
                .ifPresent(c -> s.work().schedule(CheckinOccasions.missedCheck(c, rhythm.answerWindow())));
        checkin.filter(c -> c.nextDue() != null).ifPresent(c -> s.work().plan(CheckinOccasions.nextPrompt(c)));
        List<Question> questions = s.questions().ofInternship(communityId, i.number());
        int planned = reminders.plan(
                community,
                i,
                questions,
                rhythm,
                s.zones().of(communityId, i.data().intern().id()),
                now);
        String intern = i.data().intern().id();
        if (s.away().awayUntil(communityId, intern, now).isPresent()) {
            return planned;
        }
        Instant active = Activity.last(i, checkin, questions, s.conversations().lastMessageAt(communityId, i.number()));
        // idle days restart when the intern comes back from days off
        Instant last = s.away()
                .lastBack(communityId, intern, now)
                .filter(active::isBefore)
                .orElse(active);
        switch (stalls.check(community, i, checkin, rhythm, last, now)) {
            case RAISED -> counts[1]++;
            case CLEARED -> counts[2]++;
            default -> {}
        }
        return planned;
    }
}
