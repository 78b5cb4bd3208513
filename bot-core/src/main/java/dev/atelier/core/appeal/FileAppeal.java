package dev.atelier.core.appeal;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code appeal milestone <milestone> <reason>} (a request for changes) and {@code appeal internship
 * <internship> <reason>} (a final score, a closing, or a completion withheld once every milestone is
 * approved): only the intern appeals, once per decision; the moderators are told, the step goes on the
 * timeline.
 */
public final class FileAppeal {

    private final InternshipAccess access;
    private final AppealStore appeals;
    private final Moderators moderators;
    private final Clock clock;

    FileAppeal(InternshipAccess access, AppealStore appeals, Moderators moderators, Clock clock) {
        this.access = access;
        this.appeals = appeals;
        this.moderators = moderators;
        this.clock = clock;
    }

    public Outcome milestone(Requester r, long number, String reason) {
        Internship i = access.byMilestone(r, number);
        requireIntern(r, i);
        Milestone m = i.milestone(number);
        if (m.status() != MilestoneStatus.CHANGES_REQUESTED
                || m.latestReview() == null
                || m.latestReview().verdict() != Verdict.CHANGES) {
            throw new Rejected(m.label() + " is " + m.status().label() + "; you can appeal a request for changes.");
        }
        return file(r, i, number, m.label() + " review " + m.reviews().size(), reason);
    }

    public Outcome internship(Requester r, long number, String reason) {
        Internship i = access.internship(r, number);
        requireIntern(r, i);
        String decision;
        if (i.status() == InternshipStatus.COMPLETED) {
            decision = "internship #" + number + " final score";
        } else if (i.status() == InternshipStatus.CLOSED) {
            decision = "internship #" + number + " closing";
        } else if (i.status() == InternshipStatus.ACTIVE && !i.milestones().isEmpty() && i.allApproved()) {
            decision = "internship #" + number + " completion withheld";
        } else {
            throw new Rejected(
                    "Internship #" + number + " has no decision to appeal yet: you can appeal a final score, "
                            + "a closing, or a completion withheld once every milestone is approved.");
        }
        return file(r, i, null, decision, reason);
    }

    private Outcome file(Requester r, Internship i, Long milestone, String decision, String typed) {
        String reason = Texts.required(typed, "a reason for your appeal");
        if (appeals.appealed(r.communityId(), decision)) {
            throw new Rejected("You appealed " + decision + " already; a decision can be appealed once.");
        }
        Instant now = clock.instant();
        Appeal appeal = new Appeal(
                r.communityId(),
                appeals.nextNumber(r.communityId()),
                i.number(),
                milestone,
                decision,
                reason,
                r.memberId(),
                now,
                null,
                null,
                null,
                null,
                null,
                null);
        if (!appeals.insert(appeal)) {
            throw new Rejected("You appealed " + decision + " already; a decision can be appealed once.");
        }
        i.recordStep(r.memberId(), "appealed " + decision + " (A" + appeal.number() + "): " + reason, now);
        Internship saved = access.save(i);
        List<Notification> told = moderators.tell(r.community(), saved, AppealReplies.filed(appeal, saved));
        return Outcome.reply(AppealReplies.filedReply(appeal, !told.isEmpty()), told);
    }

    private static void requireIntern(Requester r, Internship i) {
        if (!i.isIntern(r)) {
            throw new Rejected("Only the intern of internship #" + i.number() + " can appeal its decisions.");
        }
    }
}
