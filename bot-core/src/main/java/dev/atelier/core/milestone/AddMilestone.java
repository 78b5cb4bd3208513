package dev.atelier.core.milestone;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;

/** The mentor (or a moderator) adds a milestone to an internship's plan. */
public final class AddMilestone {

    private final InternshipAccess access;
    private final InternshipStore store;
    private final Clock clock;

    public AddMilestone(InternshipAccess access, InternshipStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public record Command(
            Requester requester, long internship, String title, String criteria, LocalDate due, Long estimate) {

        public Command(Requester requester, long internship, String title, String criteria, LocalDate due) {
            this(requester, internship, title, criteria, due, null);
        }
    }

    public Outcome execute(Command c) {
        Internship internship = access.internship(c.requester(), c.internship());
        Milestone added = internship
                .planning()
                .add(
                        c.requester(),
                        () -> store.nextMilestoneNumber(c.requester().communityId()),
                        MilestonePlan.draft(c, clock),
                        clock.instant());
        return MilestoneReplies.added(new MilestoneReplies.Changed(
                access.save(internship), added, c.requester().member(), "added"));
    }
}
