package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The mentor (or a moderator) approves a submitted milestone or asks for changes with feedback. */
public final class ReviewSubmission {

    private final InternshipAccess access;
    private final Clock clock;

    public ReviewSubmission(InternshipAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, long milestone, Verdict verdict, String feedback) {}

    /** Refuses early when the requester may not review this milestone now. */
    public void check(Requester requester, long milestone) {
        access.byMilestone(requester, milestone).checkReviewable(requester, milestone);
    }

    public Outcome execute(Command c) {
        Internship internship = access.byMilestone(c.requester(), c.milestone());
        Milestone m = internship.review(c.requester(), c.milestone(), c.verdict(), c.feedback(), clock.instant());
        internship = access.save(internship);
        Message post = Views.review(internship, m);
        Message reply = Message.privateReply(
                c.verdict() == Verdict.APPROVE
                        ? "✅ Approved *" + m.label() + "*."
                        : "↩️ Asked for changes on *" + m.label() + "*. "
                                + internship.data().intern().mention() + " has been told.");
        if (internship.allApproved()) {
            reply = Message.privateReply(reply.text() + " Every milestone is approved: complete the internship with "
                            + "your final review when you are ready.")
                    .withButtons(List.of(Button.asking(
                            "Complete internship",
                            ButtonStyle.SUCCESS,
                            "internship complete " + internship.number(),
                            "score",
                            "skills",
                            "strengths",
                            "endorsement")));
        }
        List<Notification> notices = new ArrayList<>();
        notices.add(SubmissionCards.reviewed(internship, m));
        notices.addAll(
                Notices.workspaceAndNudge(internship, post, internship.data().intern(), post));
        return Outcome.reply(reply, notices);
    }
}
