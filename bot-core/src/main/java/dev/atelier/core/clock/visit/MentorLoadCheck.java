package dev.atelier.core.clock.visit;

import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.mentorload.WatchMentorLoad;
import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.clock.rhythm.RhythmStore;
import java.time.Instant;

/**
 * Handles a community's look at its mentors' load (planned by a visit, once an hour at most). The entry of
 * this hour's look stays (it keeps the hour to one look); those of the day before it are forgotten.
 */
public final class MentorLoadCheck implements DueHandler {

    private final ActiveInternships active;
    private final RhythmStore rhythms;
    private final WatchMentorLoad watch;
    private final DueWork work;

    public MentorLoadCheck(ActiveInternships active, RhythmStore rhythms, WatchMentorLoad watch, DueWork work) {
        this.work = work;
        this.active = active;
        this.rhythms = rhythms;
        this.watch = watch;
    }

    @Override
    public String kind() {
        return Visits.MENTOR_LOAD;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        work.forget(Visits.earlierMentorLoads(item));
        return active.community(item.community().id())
                .map(c -> {
                    watch.plan(c, rhythms.of(c.id()), now);
                    return Handled.recorded();
                })
                .orElse(Handled.obsolete());
    }
}
