package dev.atelier.core.question;

import dev.atelier.core.away.AwayNote;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
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

    private record Waiting(Instant since, String line) {}

    public Outcome execute(Requester requester) {
        List<String> lines = lines(requester);
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply(
                    "🎉 Nothing waits for you: no open questions, no submissions " + "to review."));
        }
        return Outcome.reply(
                Message.privateReply(String.join("\n", lines)).withTitle("Waiting for you (" + lines.size() + ")"));
    }

    /** One line per question or submission waiting for the requester as a mentor, oldest first. */
    public List<String> lines(Requester requester) {
        List<Waiting> waiting = new ArrayList<>();
        for (Question q : questions.waitingFor(requester.communityId(), requester.memberId())) {
            waiting.add(new Waiting(
                    q.data().askedAt(),
                    "❓ *" + Text.typed(q.label()) + "* from " + q.data().asker().mention()
                            + away.suffix(
                                    requester.communityId(), q.data().asker().id())
                            + " (internship #" + q.data().internshipNumber() + "): "
                            + Text.typed(shorten(q.data().text()))
                            + " · `resolve " + q.number() + "`"
                            + (q.thread() == null || q.thread().link() == null
                                    ? ""
                                    : " · " + q.thread().link())));
        }
        for (Internship i : internships.findByMember(requester.communityId(), requester.memberId())) {
            if (!i.isMentor(requester) || i.status() != InternshipStatus.ACTIVE) {
                continue;
            }
            for (Milestone m : i.milestones()) {
                if (m.status() == MilestoneStatus.SUBMITTED) {
                    waiting.add(new Waiting(
                            m.latestSubmission().at(),
                            "📥 *" + Text.typed(m.label()) + "* submitted by "
                                    + i.data().intern().mention()
                                    + away.suffix(
                                            requester.communityId(),
                                            i.data().intern().id())
                                    + " (internship #" + i.number() + ") · `review "
                                    + m.number() + "`"));
                }
            }
        }
        return waiting.stream()
                .sorted(Comparator.comparing(Waiting::since))
                .map(Waiting::line)
                .toList();
    }

    /** One line of at most 80 characters. */
    public static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
