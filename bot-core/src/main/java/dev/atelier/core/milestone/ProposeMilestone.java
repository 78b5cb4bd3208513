package dev.atelier.core.milestone;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.message.Outcome;
import java.time.Clock;

/** The intern proposes a milestone; it counts once the mentor confirms it. */
public final class ProposeMilestone {

    private final InternshipAccess access;
    private final InternshipStore store;
    private final Clock clock;

    public ProposeMilestone(InternshipAccess access, InternshipStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public Outcome execute(AddMilestone.Command c) {
        Internship internship = access.internship(c.requester(), c.internship());
        Milestone proposed = internship
                .planning()
                .propose(
                        c.requester(),
                        () -> store.nextMilestoneNumber(c.requester().communityId()),
                        MilestonePlan.draft(c, clock),
                        clock.instant());
        return MilestoneReplies.proposed(new MilestoneReplies.Changed(
                access.save(internship), proposed, c.requester().member(), "proposed"));
    }
}
