package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Clock;

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

    public Outcome execute(Command c) {
        return ReviewReplies.submitted(submit(c));
    }

    public Submitted submit(Command c) {
        Internship internship = access.byMilestone(c.requester(), c.milestone());
        Milestone m = internship.submit(c.requester(), c.milestone(), c.link(), c.notes(), clock.instant());
        return new Submitted(access.save(internship), m);
    }
}
