package dev.atelier.core.question;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;

/**
 * The asker, the mentor or a moderator resolves a question, or reopens a resolved one; the thread
 * hears about it (a new thread is opened when the platform lost the old one) and so does the
 * other side of the pair, by DM.
 */
public final class ResolveQuestion {

    private final QuestionStore questions;
    private final QuestionPosts posts;
    private final Clock clock;

    public ResolveQuestion(QuestionStore questions, QuestionPosts posts, Clock clock) {
        this.questions = questions;
        this.posts = posts;
        this.clock = clock;
    }

    /** Resolves; with a {@code kind} the mentor keeps the answer for the cohort under {@code title}. */
    public Outcome resolve(Requester requester, long number, Knowledge.Kind kind, String title, String answer) {
        Question q = load(requester, number);
        Knowledge kept = kind == null ? null : new Knowledge(kind, title, answer, requester.memberId());
        q.resolve(requester, clock.instant(), kept);
        q = questions.save(q);
        Text news = QuestionMessages.resolved(requester.member(), q, kept);
        Text thread = posts.tell(requester.community(), q, Message.publicReply(news));
        posts.refresh(requester.community(), current(q), true);
        Text reply = Text.builder()
                .plain("✅ Resolved ")
                .bold(q.label())
                .plain(".")
                .text(QuestionMessages.keptNote(kept))
                .text(thread)
                .build();
        return Outcome.reply(Message.privateReply(reply), tell(requester, q, news));
    }

    public Outcome reopen(Requester requester, long number) {
        Question q = load(requester, number);
        q.reopen(requester);
        q = questions.save(q);
        posts.refresh(requester.community(), q, true);
        Text news = QuestionMessages.reopened(requester.member(), q);
        Text thread = posts.tell(requester.community(), q, Message.publicReply(news));
        Text reply = Text.builder()
                .plain("🔁 Reopened ")
                .bold(q.label())
                .plain("; it waits for the mentor again.")
                .text(thread)
                .build();
        return Outcome.reply(Message.privateReply(reply), tell(requester, q, news));
    }

    /** The question as stored: telling its thread may have given it a new one. */
    private Question current(Question q) {
        return questions.find(q.data().communityId(), q.number()).orElse(q);
    }

    private Question load(Requester requester, long number) {
        return questions
                .find(requester.communityId(), number)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .plain("There is no question " + number + " here. ")
                        .command(CommandHint.of("queue"))
                        .plain(" lists the questions waiting for you.")
                        .build()));
    }

    /** The other side of the pair hears about it by DM. */
    private static List<Notification> tell(Requester requester, Question q, Text text) {
        String other = requester.memberId().equals(q.data().asker().id())
                ? q.data().mentor().id()
                : q.data().asker().id();
        return List.of(Notification.to(Destination.direct(other), Message.publicReply(text)));
    }
}
