package dev.atelier.core.question;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;

/** The asker, the mentor or a moderator resolves a question, or reopens a resolved one. */
public final class ResolveQuestion {

    private final QuestionStore questions;
    private final Clock clock;

    public ResolveQuestion(QuestionStore questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    /** Resolves; with a {@code kind} the mentor keeps the answer for the cohort under {@code title}. */
    public Outcome resolve(Requester requester, long number, Knowledge.Kind kind, String title, String answer) {
        Question q = load(requester, number);
        Knowledge kept = kind == null ? null : new Knowledge(kind, title, answer, requester.memberId());
        q.resolve(requester, clock.instant(), kept);
        q = questions.save(q);
        String keptText = kept == null ? "" : " Kept as a " + kept.kind().label() + ": *" + kept.title()
                + "*; `resources` finds it.";
        return Outcome.reply(Message.privateReply("✅ Resolved *" + q.label() + "*." + keptText), tell(requester, q,
                "✅ " + requester.member().mention() + " resolved *" + q.label() + "*." + keptText));
    }

    public Outcome reopen(Requester requester, long number) {
        Question q = load(requester, number);
        q.reopen(requester);
        q = questions.save(q);
        return Outcome.reply(Message.privateReply("🔁 Reopened *" + q.label() + "*; it waits for the mentor again."),
                tell(requester, q, "🔁 " + requester.member().mention() + " reopened *" + q.label() + "*: "
                        + q.data().text()));
    }

    private Question load(Requester requester, long number) {
        return questions.find(requester.communityId(), number).orElseThrow(() -> new Rejected(
                "There is no question " + number + " here. `queue` lists the questions waiting for you."));
    }

    /** The other side of the pair hears about it by DM. */
    private static List<Notification> tell(Requester requester, Question q, String text) {
        String other = requester.memberId().equals(q.data().asker().id()) ? q.data().mentor().id()
                : q.data().asker().id();
        return List.of(Notification.to(Destination.direct(other), Message.publicReply(text)));
    }
}
