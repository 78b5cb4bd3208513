package dev.atelier.core.appeal;

import java.time.Instant;

/**
 * One appeal: its number, the internship, the decision it contests ({@code decision} names it uniquely:
 * {@code milestone 4 review 2}, {@code internship 3 final score}, …), the milestone when it is a review,
 * the reason, and once decided the outcome, the note, who decided and the second reviewer if one was asked;
 * the version it was read at (null before it is stored), so that of two moderators deciding at once the
 * second is refused instead of writing over the first.
 */
public record Appeal(
        String communityId,
        long number,
        long internship,
        Long milestone,
        String decision,
        String reason,
        String by,
        Instant at,
        AppealOutcome outcome,
        String note,
        String decidedBy,
        Instant decidedAt,
        String secondReviewer,
        Long version) {

    public boolean open() {
        return outcome == null || outcome == AppealOutcome.SECOND;
    }

    /** This appeal decided: its outcome, the note, the moderator who decided, when, and the second reviewer. */
    public Appeal decided(AppealOutcome newOutcome, String newNote, String moderator, Instant when, String reviewer) {
        return new Appeal(
                communityId,
                number,
                internship,
                milestone,
                decision,
                reason,
                by,
                at,
                newOutcome,
                newNote,
                moderator,
                when,
                reviewer,
                version);
    }

    public String label() {
        return "appeal A" + number + " on " + decision;
    }
}
