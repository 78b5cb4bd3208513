package dev.atelier.core.clock.visit;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinOccasions;
import dev.atelier.core.clock.reminder.PlanReminders;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.stall.Activity;
import dev.atelier.core.clock.stall.StallRule;
import dev.atelier.core.clock.stall.WatchStalls;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One visit of an active internship: plans the reminders whose occasion came, raises or clears its stall
 * flag, moves an open prompt's missed-check to the community's current answer window, plans the next
 * prompt of a check-in that has none yet, and says when to look again. While the intern is away their
 * pair's stall flag is left as it is, and idle days count from their return.
 */
final class PairVisit {

    /** At the latest, a pair is looked at again a day later (a changed rhythm, a return from days off). */
    static final Duration AT_MOST = Duration.ofDays(1);
    /** A pair at risk is looked at every hour, so chat activity (not a change of its own) clears the flag. */
    static final Duration FLAGGED = Duration.ofHours(1);

    /** What one visit did and when the pair is due to be looked at again. */
    record Result(int reminders, WatchStalls.Change stall, Instant next) {}

    private final VisitSources s;
    private final PlanReminders reminders;
    private final WatchStalls stalls;

    PairVisit(VisitSources sources, PlanReminders reminders, WatchStalls stalls) {
        this.s = sources;
        this.reminders = reminders;
        this.stalls = stalls;
    }

    Result run(CommunityRef community, Internship i, Instant now) {
        String communityId = community.id();
        Rhythm rhythm = s.rhythms().of(communityId);
        Optional<Checkin> checkin = s.checkins().find(communityId, i.number());
        checkin.filter(c -> c.prompt() != null && c.prompt().open())
                .ifPresent(c -> s.work().schedule(CheckinOccasions.missedCheck(c, rhythm.answerWindow())));
        checkin.filter(c -> c.nextDue() != null).ifPresent(c -> s.work().plan(CheckinOccasions.nextPrompt(c)));
        List<Question> questions = s.questions().ofInternship(communityId, i.number());
        String intern = i.data().intern().id();
        ZoneId zone = s.zones().of(communityId, intern);
        int planned = reminders.plan(community, i, questions, rhythm, zone, now);
        Instant latest = now.plus(AT_MOST);
        Instant next = PlanReminders.nextOccasion(i, questions, rhythm, zone, now)
                .filter(latest::isAfter)
                .orElse(latest);
        if (s.away().awayUntil(communityId, intern, now).isPresent()) {
            return new Result(planned, WatchStalls.Change.NONE, next);
        }
        Instant active = Activity.last(i, checkin, questions, s.conversations().lastMessageAt(communityId, i.number()));
        // idle days restart when the intern comes back from days off
        Instant last = s.away()
                .lastBack(communityId, intern, now)
                .filter(active::isBefore)
                .orElse(active);
        WatchStalls.Change change = stalls.check(community, i, checkin, rhythm, last, now);
        Instant stallAt = last.plus(Duration.ofDays(rhythm.stallDays()));
        Instant flaggedCheck = StallRule.reason(rhythm, last, checkin, now).isPresent() ? now.plus(FLAGGED) : latest;
        next = Stream.of(next, flaggedCheck, stallAt.isAfter(now) ? stallAt : latest)
                .min(Instant::compareTo)
                .orElse(latest);
        return new Result(planned, change, next);
    }
}
