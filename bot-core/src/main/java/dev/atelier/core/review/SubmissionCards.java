package dev.atelier.core.review;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;

/**
 * The submission card is a living message: posted with Approve and Request changes (its reference
 * kept under the submission's key), it shows the review once there is one and loses its buttons, so
 * nobody presses a button whose moment has passed.
 */
final class SubmissionCards {

    private SubmissionCards() {}

    /** One key per submission: a resubmission posts a new card, the reviewed one keeps its verdict. */
    static String key(Internship i, Milestone m) {
        return Notices.submissionCardKey(i, m);
    }

    /** The card's update after the review of its submission: where it went, what it shows now. */
    static Notification reviewed(Internship i, Milestone m) {
        Message card = Views.submission(i, m);
        Review r = m.latestReview();
        Text state = Text.builder()
                .plain(r.verdict() == Verdict.APPROVE ? "✅ Approved by " : "↩️ Changes requested by ")
                .quiet(Views.member(i, r.by()))
                .line()
                .quiet(i.data().intern())
                .plain(m.submissions().size() > 1 ? " resubmitted " : " submitted ")
                .bold(m.label())
                .plain(".")
                .build();
        Message updated = card.withBody(state).withButtons(List.of()).asPublic();
        Destination lane = i.workspaceChannelId() == null
                ? Destination.direct(i.data().mentor().id())
                : Destination.channel(i.workspaceChannelId());
        return Notification.edit(lane, Living.edit(key(i, m)), updated);
    }
}
