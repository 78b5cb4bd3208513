package dev.atelier.core.clock.visit;

import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.reminder.PlanReminders;
import dev.atelier.core.clock.stall.WatchStalls;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handles a due visit: an internship that is no longer active is left alone (nothing more is planned for
 * it); an active one is visited ({@link PairVisit}), its next visit planned, and its community's look at
 * the mentors' load planned for this hour. The store keeps nothing of a visit that ran. Counts the flags it raised and cleared for the round's report.
 */
public final class VisitHandler implements DueHandler {

    private final VisitSources s;
    private final PairVisit visit;
    private final Visits visits;
    private final AtomicInteger raised = new AtomicInteger();
    private final AtomicInteger cleared = new AtomicInteger();

    public VisitHandler(VisitSources sources, PlanReminders reminders, WatchStalls stalls, Visits visits) {
        this.s = sources;
        this.visit = new PairVisit(sources, reminders, stalls);
        this.visits = visits;
    }

    @Override
    public String kind() {
        return Visits.VISIT;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        // a visit's minute never comes again: its entry is not kept once it ran
        s.work().forget(List.of(item.key()));
        String communityId = item.community().id();
        Optional<Internship> found =
                s.internships().find(communityId, item.internship()).filter(i -> i.status() == InternshipStatus.ACTIVE);
        Optional<CommunityRef> community = found.flatMap(i -> s.active().community(communityId));
        if (found.isEmpty() || community.isEmpty()) {
            return Handled.obsolete();
        }
        PairVisit.Result result = visit.run(community.get(), found.get(), now);
        switch (result.stall()) {
            case RAISED -> raised.incrementAndGet();
            case CLEARED -> cleared.incrementAndGet();
            default -> {}
        }
        visits.at(community.get(), item.internship(), result.next());
        visits.mentorLoad(community.get(), now);
        return Handled.recorded();
    }

    /** Flags raised and cleared since the last call: {@code [raised, cleared]}. */
    public int[] takeCounts() {
        return new int[] {raised.getAndSet(0), cleared.getAndSet(0)};
    }
}
