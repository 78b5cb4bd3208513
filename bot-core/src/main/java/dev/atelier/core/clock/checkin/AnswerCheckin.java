package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
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

    /** Before the answer form opens: only the intern of an active internship may answer. */
    public void check(Requester requester, Long internship) {
        internOf.find(requester, internship);
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
        Checkin answered = checkins.save(checkin.answer(answer));
        int number = answered.prompt().number();
        history.keep(c.requester().communityId(), internship.number(), new AnsweredCheckin(number, answer));
        Message post = new Message(
                "📝 Check-in " + number + (update ? " (updated)" : "") + " — internship #" + internship.number(),
                internship.data().intern().mention() + " checked in for "
                        + internship.data().mentor().mention() + ".",
                List.of(
                        new Field("Done", answer.done(), false),
                        new Field("Blocks", answer.blocks(), false),
                        new Field("Next", answer.next(), false),
                        new Field(
                                "Confidence",
                                "⭐".repeat(answer.confidence()) + " " + answer.confidence() + "/5",
                                true)),
                List.of(),
                false);
        return Outcome.reply(
                Message.privateReply("✅ " + (update ? "Updated your answer to check-in " : "Answered check-in ")
                        + number + ". Your mentor sees it in the workspace."),
                Notices.workspace(internship, post));
    }
}
