package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** The intern hands in work for a milestone; the mentor gets it with Approve and Request changes buttons. */
public final class SubmitMilestone {

    private final InternshipAccess access;
    private final Clock clock;

    public SubmitMilestone(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, long milestone, URI link, String notes) {}

    /** What a submission decided: the saved internship and the submitted milestone. */
    public record Submitted(Internship internship, Milestone milestone) {}

    /**
     * Before the submit form opens: {@code milestone} must take work from the requester now; without one
     * (the form asks for it), the requester must intern somewhere with a milestone open for work.
     */
    public void check(Requester requester, Long milestone) {
        if (milestone != null) {
            access.byMilestone(requester, milestone).checkSubmittable(requester, milestone);
            return;
        }
        List<Internship> interning = access.interning(requester);
        if (interning.isEmpty()) {
            throw new Rejected("You can submit work once you are the intern of an active internship here.");
        }
        boolean open = interning.stream()
                .flatMap(i -> i.milestones().stream())
                .anyMatch(m -> m.status() == MilestoneStatus.PLANNED
                        || m.status() == MilestoneStatus.IN_PROGRESS
                        || m.status() == MilestoneStatus.CHANGES_REQUESTED);
        if (!open) {
            throw new Rejected(
                    "No milestone of yours waits for work now: each is submitted, approved or still a proposal.");
        }
    }

    public Outcome execute(Command c) {
        return ReviewReplies.submitted(submit(c));
    }

    public Submitted submit(Command c) {
        Internship internship = access.byMilestone(c.requester(), c.milestone());
        Milestone m = internship.submit(c.requester(), c.milestone(), c.link(), c.notes(), clock.instant());
        return new Submitted(access.save(internship), m);
    }
}
