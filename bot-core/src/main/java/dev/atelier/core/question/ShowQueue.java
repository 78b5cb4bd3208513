package dev.atelier.core.question;

import dev.atelier.core.away.AwayNote;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mentor's queue: unanswered questions and submissions to review across their interns, oldest first. The
 * {@code queue} reply acts with buttons (Resolve Q1, Approve M2, Request changes on M2, for the oldest
 * {@value #WITH_BUTTONS}); the lines other views show end with the command instead.
 */
public final class ShowQueue {

    /** How many of the oldest waiting items get their buttons on the queue (Discord shows at most 25). */
    static final int WITH_BUTTONS = 8;

    private final InternshipStore internships;
    private final QuestionStore questions;
    private final AwayNote away;

    public ShowQueue(InternshipStore internships, QuestionStore questions) {
        this(internships, questions, AwayNote.NONE);
    }

    /** Marks the interns who are away now ("away until …"). */
    public ShowQueue(InternshipStore internships, QuestionStore questions, AwayNote away) {
        this.internships = internships;
        this.questions = questions;
        this.away = away;
    }

    /** One item waiting: what it is, the command that acts on it, and the buttons that do. */
    private record Waiting(Instant since, Text line, CommandHint hint, List<Button> buttons) {

        Text withHint() {
            return Text.builder().text(line).plain(" · ").command(hint).build();
        }
    }

    public Outcome execute(Requester requester) {
        List<Waiting> waiting = waiting(requester);
        if (waiting.isEmpty()) {
            return Outcome.reply(Message.privateReply(
                    Text.of("🎉 Nothing waits for you: no open questions, no submissions to review.")));
        }
        List<Text> lines = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        for (int n = 0; n < waiting.size(); n++) {
            Waiting w = waiting.get(n);
            if (n < WITH_BUTTONS) {
                lines.add(w.line());
                buttons.addAll(w.buttons());
            } else {
                lines.add(w.withHint());
            }
        }
        return Outcome.reply(
                Message.privateReply(Text.join(Text.builder().line().build(), lines))
                        .withTitle("Waiting for you (" + lines.size() + ")")
                        .withButtons(buttons));
    }

    /** One line per question or submission waiting for the requester as a mentor, oldest first, with its command. */
    public List<Text> lines(Requester requester) {
        return waiting(requester).stream().map(Waiting::withHint).toList();
    }

    private List<Waiting> waiting(Requester requester) {
        List<Waiting> waiting = new ArrayList<>();
        for (Question q : questions.waitingFor(requester.communityId(), requester.memberId())) {
            waiting.add(question(requester, q));
        }
        for (Internship i : internships.findByMember(requester.communityId(), requester.memberId())) {
            if (!i.isMentor(requester) || i.status() != InternshipStatus.ACTIVE) {
                continue;
            }
            for (Milestone m : i.milestones()) {
                if (m.status() == MilestoneStatus.SUBMITTED) {
                    waiting.add(new Waiting(
                            m.latestSubmission().at(),
                            Text.builder()
                                    .plain("📥 ")
                                    .bold(m.label())
                                    .plain(" submitted by ")
                                    .quiet(i.data().intern())
                                    .plain(away.suffix(
                                                    requester.communityId(),
                                                    i.data().intern().id()) + " (internship #" + i.number() + ")")
                                    .build(),
                            CommandHint.of("review").with("milestone", m.number()),
                            List.of(
                                    Button.of(
                                            "Approve M" + m.number(),
                                            ButtonStyle.SUCCESS,
                                            "review " + m.number() + " approve"),
                                    Button.asking(
                                            "Request changes on M" + m.number(),
                                            ButtonStyle.DANGER,
                                            "review " + m.number() + " changes",
                                            Button.needed("feedback")))));
                }
            }
        }
        return waiting.stream().sorted(Comparator.comparing(Waiting::since)).toList();
    }

    private Waiting question(Requester requester, Question q) {
        return new Waiting(
                q.data().askedAt(),
                questionLine(requester, q),
                CommandHint.of("resolve").with("question", q.number()),
                List.of(Button.of("Resolve " + q.label(), ButtonStyle.SUCCESS, "resolve " + q.number())));
    }

    private Text questionLine(Requester requester, Question q) {
        Text.Builder line = Text.builder()
                .plain("❓ ")
                .bold(q.label())
                .plain(" from ")
                .quiet(q.data().asker())
                .plain(away.suffix(requester.communityId(), q.data().asker().id()) + " (internship #"
                        + q.data().internshipNumber() + "): ")
                .user(shorten(q.data().text()));
        if (q.thread() != null && q.thread().link() != null) {
            line.plain(" · ").link(q.thread().link(), "thread");
        }
        return line.build();
    }

    /** One line of at most 80 characters. */
    public static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
