package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The intern answers the latest check-in prompt; the answer is posted in the workspace for the mentor.
 * Answering the same prompt again replaces the answer and says so, it never adds a second one. Every
 * answer is also kept in the internship's check-in history, which later prompts do not replace.
 */
public final class AnswerCheckin {

    private final InternOf internOf;
    private final CheckinStore checkins;
    private final CheckinHistory history;
    private final Clock clock;

    public AnswerCheckin(InternshipStore internships, CheckinStore checkins, CheckinHistory history, Clock clock) {
        this.internOf = new InternOf(internships);
        this.checkins = checkins;
        this.history = history;
        this.clock = clock;
    }

    public record Command(
            Requester requester, String done, String blocks, String next, long confidence, Long internship) {}

    /** Before the answer form opens: only the intern of an active internship may answer, a check-in that waits. */
    public void check(Requester requester, Long internship) {
        Internship found = internOf.find(requester, internship);
        checkins.find(requester.communityId(), found.number())
                .orElseThrow(() -> new Rejected("Internship #" + found.number() + " has no check-ins."))
                .requireAnswerable();
    }

    public Outcome execute(Command c) {
        if (c.confidence() < 1 || c.confidence() > 5) {
            throw new Rejected("Confidence is a number from 1 (stuck) to 5 (on track), not " + c.confidence() + ".");
        }
        Internship internship = internOf.find(c.requester(), c.internship());
        Checkin checkin = checkins.find(c.requester().communityId(), internship.number())
                .orElseThrow(() -> new Rejected("Internship #" + internship.number() + " has no check-ins."));
        boolean update = checkin.prompt() != null && checkin.prompt().answer() != null;
        Answer answer = new Answer(c.done(), c.blocks(), c.next(), (int) c.confidence(), clock.instant());
        int number = checkins.save(checkin.answer(answer)).prompt().number();
        history.keep(c.requester().communityId(), internship.number(), new AnsweredCheckin(number, answer));
        CheckinReplies.Answered answered = new CheckinReplies.Answered(internship, number, answer, update);
        List<Notification> notices = new ArrayList<>();
        notices.add(PromptCards.answered(internship, number, answer));
        notices.addAll(Notices.workspace(
                internship, CheckinReplies.post(answered), c.requester().member()));
        return Outcome.reply(CheckinReplies.reply(answered), notices);
    }
}
