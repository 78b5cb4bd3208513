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
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
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
                        .map(m -> Message.publicReply(Text.builder()
                                        .bold(m.label())
                                        .plain(" of internship #" + i.number() + " is due by the end of " + m.due()
                                                + ". Submit it, or agree a new date with ")
                                        .quiet(i.data().mentor())
                                        .plain(".")
                                        .build())
                                .withTitle("⏰ Due soon: " + m.label())
                                .withButtons(List.of(submit(m))));
            case ReminderKind.OVERDUE ->
                milestone(i, item, OPEN_WORK)
                        .map(m -> Message.publicReply(Text.builder()
                                        .bold(m.label())
                                        .plain(" of internship #" + i.number() + " was due on " + m.due() + " and is "
                                                + m.status().label() + ". Submit it, or set a new date with ")
                                        .command(CommandHint.of("milestone edit")
                                                .with("milestone", m.number())
                                                .named("due", "YYYY-MM-DD"))
                                        .plain(".")
                                        .build())
                                .withTitle("⌛ Overdue: " + m.label())
                                .withButtons(List.of(submit(m))));
            case ReminderKind.REVIEW_WAIT ->
                milestone(i, item, Set.of(MilestoneStatus.SUBMITTED))
                        .filter(m -> m.latestSubmission().at().toString().equals(item.occasion()))
                        .map(m -> reviewWait(i, m));
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
        return Message.publicReply(Text.builder()
                        .quiet(i.data().intern())
                        .plain(" asked in internship #" + i.number() + " on "
                                + q.data().askedAt().toString().substring(0, 10) + " and is still waiting:")
                        .quote(text)
                        .text(whereToReply(q))
                        .build())
                .withTitle("❓ Unanswered: " + q.label());
    }

    /**
     * Where the mentor answers: the question's thread (its card there has the Resolve button, which follows the
     * question's state), else the workspace.
     */
    private static Text whereToReply(Question q) {
        if (q.thread() == null || q.thread().link() == null) {
            return Text.of("Reply in the workspace, or resolve it when it is settled.");
        }
        return Text.builder()
                .plain("Reply in its ")
                .link(q.thread().link(), "thread")
                .plain("; its card there has the Resolve button.")
                .build();
    }

    private static Button submit(Milestone m) {
        return Button.asking("Submit work", ButtonStyle.PRIMARY, "submit " + m.number(), "link", "notes");
    }

    /**
     * The mentor's reminder of work waiting: with a workspace, a link to the submission's card, whose buttons the
     * review updates (no second set that would stay live after it); without one, the review buttons.
     */
    private static Message reviewWait(Internship i, Milestone m) {
        Text.Builder text = Text.builder()
                .quiet(i.data().intern())
                .plain(" submitted ")
                .bold(m.label())
                .plain(" of internship #" + i.number() + " on "
                        + m.latestSubmission().at().toString().substring(0, 10));
        Message reminder = Message.publicReply(
                        i.workspaceChannelId() == null
                                ? text.plain(".").build()
                                : text.text(Notices.whereTheCardIs(
                                                i, Notices.submissionCardKey(i, m), "Approve and Request changes"))
                                        .build())
                .withTitle("👀 Waiting for your review: " + m.label());
        return i.workspaceChannelId() == null
                ? reminder.withButtons(Views.submission(i, m).buttons())
                : reminder;
    }
}
