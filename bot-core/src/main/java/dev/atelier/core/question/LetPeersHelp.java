package dev.atelier.core.question;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/** The asker keeps one question from peer help, or lets peers help with it again. */
public final class LetPeersHelp {

    private final QuestionStore questions;

    public LetPeersHelp(QuestionStore questions) {
        this.questions = questions;
    }

    public Outcome execute(Requester requester, long number, boolean allowed) {
        Question q = questions
                .find(requester.communityId(), number)
                .orElseThrow(() -> new Rejected("There is no question " + number + " here."));
        q.letPeersHelp(requester, allowed);
        questions.save(q);
        Text text = allowed
                ? Text.builder()
                        .plain("🤝 Peers may be offered ")
                        .bold(q.label())
                        .plain(" if it waits too long for a reply.")
                        .build()
                : Text.builder()
                        .plain("🔒 ")
                        .bold(q.label())
                        .plain(" stays between you and your mentor; it will not be offered to peers.")
                        .build();
        return Outcome.reply(Message.privateReply(text));
    }
}
