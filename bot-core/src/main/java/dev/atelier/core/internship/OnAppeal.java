package dev.atelier.core.internship;

import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Instant;

/**
 * What a moderator may change in one internship on appeal: approve a milestone the mentor sent back, reopen a
 * closed internship, change the final score. Part of the aggregate ({@link Internship#onAppeal()}); every step
 * is a moderator's and lands on the internship's timeline.
 */
public final class OnAppeal {

    private final Internship internship;

    OnAppeal(Internship internship) {
        this.internship = internship;
    }

    /** Overturns a request for changes: the milestone is approved with the moderator's note as the review. */
    public Milestone approveMilestone(Requester by, long number, String note, Instant at) {
        requireModerator(by);
        internship.lifecycle().requireOpen();
        Milestone m = internship.plan().get(number);
        if (m.status() != MilestoneStatus.CHANGES_REQUESTED) {
            throw new Rejected(
                    m.label() + " is " + m.status().label() + "; only a request for changes can be " + "overturned.");
        }
        Review approval = new Review(Verdict.APPROVE, note, by.memberId(), at);
        return internship.replace(m.approvedOnAppeal(approval), by, at, "approved " + m.label() + " on appeal");
    }

    /** Changes a closing: the internship is active again, its closing reason cleared. */
    public void reopen(Requester by, String note, Instant at) {
        requireModerator(by);
        internship.record(at, by, internship.lifecycle().reopen(note));
    }

    /** The final review with the score the moderator sets (the mentor's words stay); {@link #rescore} stores it. */
    public FinalReview rescored(Requester by, int score) {
        requireModerator(by);
        return internship.lifecycle().rescored(score);
    }

    /** Stores the final review changed on appeal and, when one was re-issued (not null), the new credential. */
    public void rescore(Requester by, FinalReview review, IssuedCredential credential, Instant at) {
        internship.record(at, by, internship.lifecycle().rescore(review, credential));
    }

    private static void requireModerator(Requester by) {
        Parties.require(by.moderator(), "Only a moderator decides appeals.");
    }
}
