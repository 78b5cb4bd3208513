package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** The mentor (or a moderator) approves a submitted milestone or asks for changes with feedback. */
public final class ReviewSubmission {

    private final InternshipAccess access;
    private final Clock clock;

    public ReviewSubmission(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, long milestone, Verdict verdict, String feedback) {}

    /** What a review decided: the saved internship, the reviewed milestone and the verdict. */
    public record Reviewed(Internship internship, Milestone milestone, Verdict verdict) {}

    /** Refuses early when the requester may not review this milestone now. */
    public void check(Requester requester, long milestone) {
        access.byMilestone(requester, milestone).checkReviewable(requester, milestone);
    }

    public Outcome execute(Command c) {
        return ReviewReplies.reviewed(review(c));
    }

    public Reviewed review(Command c) {
        Internship internship = access.byMilestone(c.requester(), c.milestone());
        Milestone m = internship.review(c.requester(), c.milestone(), c.verdict(), c.feedback(), clock.instant());
        return new Reviewed(access.save(internship), m, c.verdict());
    }
}
