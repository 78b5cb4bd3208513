package dev.atelier.core.question;

import dev.atelier.core.away.AwayNote;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A mentor's queue: unanswered questions and submissions to review across their interns, oldest first. */
public final class ShowQueue {

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

    private record Waiting(Instant since, Text line) {}

    public Outcome execute(Requester requester) {
        List<Text> lines = lines(requester);
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply(
                    Text.of("🎉 Nothing waits for you: no open questions, no submissions to review.")));
        }
        return Outcome.reply(
                Message.privateReply(Text.join(Text.builder().line().build(), lines))
                        .withTitle("Waiting for you (" + lines.size() + ")"));
    }

    /** One line per question or submission waiting for the requester as a mentor, oldest first. */
    public List<Text> lines(Requester requester) {
        List<Waiting> waiting = new ArrayList<>();
        for (Question q : questions.waitingFor(requester.communityId(), requester.memberId())) {
            waiting.add(new Waiting(q.data().askedAt(), questionLine(requester, q)));
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
                                                    i.data().intern().id()) + " (internship #" + i.number() + ") · ")
                                    .command(CommandHint.of("review").with("milestone", m.number()))
                                    .build()));
                }
            }
        }
        return waiting.stream()
                .sorted(Comparator.comparing(Waiting::since))
                .map(Waiting::line)
                .toList();
    }

    private Text questionLine(Requester requester, Question q) {
        Text.Builder line = Text.builder()
                .plain("❓ ")
                .bold(q.label())
                .plain(" from ")
                .quiet(q.data().asker())
                .plain(away.suffix(requester.communityId(), q.data().asker().id()) + " (internship #"
                        + q.data().internshipNumber() + "): ")
                .user(shorten(q.data().text()))
                .plain(" · ")
                .command(CommandHint.of("resolve").with("question", q.number()));
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
