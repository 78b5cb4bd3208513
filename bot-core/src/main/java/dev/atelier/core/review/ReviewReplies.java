package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** Turns what submitting and reviewing decided into messages: the reply, the workspace post, the nudge. */
public final class ReviewReplies {

    private ReviewReplies() {}

    /**
     * The intern handed in work: the workspace shows the card with the review buttons, and the mentor's DM
     * points to it (one set of live buttons, the card's, which the review updates).
     */
    public static Outcome submitted(SubmitMilestone.Submitted s) {
        Internship i = s.internship();
        Milestone m = s.milestone();
        Message card = Views.submission(i, m);
        Message nudge = Message.publicReply(Text.builder()
                .plain("📥 ")
                .quiet(i.data().intern())
                .plain(m.submissions().size() > 1 ? " resubmitted " : " submitted ")
                .bold(m.label())
                .plain(" for your review")
                .text(Notices.whereTheCardIs(i, SubmissionCards.key(i, m), "Approve and Request changes"))
                .build());
        Message reply = Message.privateReply(Text.builder()
                .plain("📥 Submitted ")
                .bold(m.label())
                .plain("; ")
                .quiet(i.data().mentor())
                .plain(" will review it.")
                .build());
        List<Notification> notices =
                new ArrayList<>(Notices.workspaceAndNudge(i, card, i.data().mentor(), nudge));
        // the first is the card with the buttons: kept, so the review can update it
        notices.set(0, notices.get(0).kept(SubmissionCards.key(i, m)));
        return Outcome.reply(reply, notices);
    }

    /** The mentor reviewed: the intern hears the verdict; when every milestone is approved, completion is offered. */
    public static Outcome reviewed(ReviewSubmission.Reviewed r) {
        Internship i = r.internship();
        Milestone m = r.milestone();
        Message post = Views.review(i, m);
        Text.Builder text = Text.builder();
        if (r.verdict() == Verdict.APPROVE) {
            text.plain("✅ Approved ").bold(m.label()).plain(".");
        } else {
            text.plain("↩️ Changes requested on ")
                    .bold(m.label())
                    .plain("; ")
                    .quiet(i.data().intern())
                    .plain(" has been told.");
        }
        List<Button> buttons = new ArrayList<>();
        if (i.allApproved()) {
            text.plain(" Every milestone is approved: complete the internship with your final review.");
            buttons.add(Button.asking(
                    "Complete internship",
                    ButtonStyle.SUCCESS,
                    "internship complete " + i.number(),
                    "score",
                    "skills",
                    "strengths",
                    "endorsement"));
        }
        Message reply = Message.privateReply(text.build()).withButtons(buttons);
        List<Notification> notices = new ArrayList<>();
        notices.add(SubmissionCards.reviewed(i, m));
        notices.add(Notices.workspaceFor(i, post, i.data().intern()));
        return Outcome.reply(reply, notices);
    }
}
