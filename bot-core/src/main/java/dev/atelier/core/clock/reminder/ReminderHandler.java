package dev.atelier.core.clock.reminder;

import dev.atelier.core.away.Availability;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.Message;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStatus;
import dev.atelier.core.question.QuestionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one reminder when its occasion is due and still holds (the milestone still open with that due
 * date, the same submission still waiting, the question still unanswered): a DM to the recipient,
 * falling back to the workspace, outside the recipient's quiet hours and not while they are away (it waits
 * until they are back).
 */
public final class ReminderHandler implements DueHandler {

    private static final Set<MilestoneStatus> OPEN_WORK =
            Set.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.CHANGES_REQUESTED);

    private final String kind;
    private final InternshipStore internships;
    private final QuestionStore questions;
    private final QuietTime quiet;
    private final Availability away;

    public ReminderHandler(
            String kind, InternshipStore internships, QuestionStore questions, QuietTime quiet, Availability away) {
        this.kind = kind;
        this.internships = internships;
        this.questions = questions;
        this.quiet = quiet;
        this.away = away;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        Optional<Internship> found = internships
                .find(item.community().id(), item.internship())
                .filter(i -> i.status() == InternshipStatus.ACTIVE);
        if (found.isEmpty()) {
            return Handled.obsolete();
        }
        Internship i = found.get();
        Optional<Message> message = switch (kind) {
            case ReminderKind.DUE_SOON ->
                milestone(i, item, OPEN_WORK)
                        .map(m -> new Message(
                                "⏰ Due soon: " + m.label(),
                                m.label() + " of internship #" + i.number() + " is due by the end of " + m.due()
                                        + ". Submit it with `submit " + m.number()
                                        + " <link>`, or agree a new date with "
                                        + i.data().mentor().mention() + ".",
                                List.of(),
                                List.of(),
                                false));
            case ReminderKind.OVERDUE ->
                milestone(i, item, OPEN_WORK)
                        .map(m -> new Message(
                                "⌛ Overdue: " + m.label(),
                                m.label() + " of internship #" + i.number() + " was due on " + m.due() + " and is "
                                        + m.status().label() + ". "
                                        + i.data().intern().mention() + " and "
                                        + i.data().mentor().mention()
                                        + ": submit it, or set a new date with `milestone edit " + m.number()
                                        + " due:YYYY-MM-DD`.",
                                List.of(),
                                List.of(),
                                false));
            case ReminderKind.REVIEW_WAIT ->
                milestone(i, item, Set.of(MilestoneStatus.SUBMITTED))
                        .filter(m -> m.latestSubmission().at().toString().equals(item.occasion()))
                        .map(m -> new Message(
                                "👀 Waiting for your review: " + m.label(),
                                i.data().intern().mention()
                                        + " submitted " + m.label() + " of internship #" + i.number() + " on "
                                        + m.latestSubmission().at() + ". Review it with `review " + m.number()
                                        + " approve` or `review "
                                        + m.number() + " changes \"what to change\"`.",
                                List.of(),
                                List.of(),
                                false));
            case ReminderKind.QUESTION_WAIT ->
                questions
                        .find(item.community().id(), item.ref())
                        .filter(q -> q.status() == QuestionStatus.OPEN && q.firstReplyAt() == null)
                        .map(q -> questionMessage(i, q));
            default -> Optional.empty();
        };
        if (message.isEmpty()) {
            return Handled.obsolete();
        }
        Instant back = away.backAt(item.community().id(), item.recipient(), now);
        if (back.isAfter(now)) {
            return Handled.deferTo(back);
        }
        Instant allowed = quiet.allowedFrom(i, item.recipient(), now);
        if (allowed.isAfter(now)) {
            return Handled.deferTo(allowed);
        }
        var to = item.recipient().equals(i.data().intern().id())
                ? i.data().intern()
                : i.data().mentor();
        return Handled.send(List.of(Notices.direct(i, to, message.get())));
    }

    private static Optional<Milestone> milestone(Internship i, DueItem item, Set<MilestoneStatus> statuses) {
        return i.findMilestone(item.ref())
                .filter(m -> statuses.contains(m.status()))
                .filter(m -> !item.kind().equals(ReminderKind.REVIEW_WAIT)
                        ? m.due() != null && m.due().toString().equals(item.occasion())
                        : m.latestSubmission() != null);
    }

    private static Message questionMessage(Internship i, Question q) {
        String full = MassMentions.defuse(q.data().text());
        String text = full.length() > 200 ? full.substring(0, 200) + "…" : full;
        return new Message(
                "❓ Unanswered: " + q.label(),
                i.data().intern().mention() + " asked in internship #"
                        + i.number() + " on " + q.data().askedAt() + " and is still waiting:\n> " + text
                        + "\nReply in the workspace, or `resolve " + q.number() + "` when it is settled.",
                List.of(),
                List.of(),
                false);
    }
}
