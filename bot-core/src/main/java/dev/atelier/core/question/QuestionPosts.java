package dev.atelier.core.question;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadChange;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A question's thread on the platform: opens it in the internship's workspace (the card, then a
 * line mentioning the mentor inside the thread), posts news in it, and opens a new one when the
 * platform lost the old one (deleted; archived threads are unarchived by the adapter). The question
 * is always stored before anything is posted, so nothing typed is lost when the platform refuses.
 */
public final class QuestionPosts {

    private static final Logger log = LoggerFactory.getLogger(QuestionPosts.class);
    private static final int NAME_LIMIT = 90;
    private static final String RESOLVED_MARK = "✅ ";

    private final QuestionStore questions;
    private final Outbound outbound;

    public QuestionPosts(QuestionStore questions, Outbound outbound) {
        this.questions = questions;
        this.outbound = outbound;
    }

    /** Opens the thread of a stored question in {@code channelId} and records it; empty when the platform refused. */
    public Optional<ThreadRef> open(CommunityRef community, String channelId, Question q) {
        if (channelId == null) {
            return Optional.empty();
        }
        try {
            ThreadRef thread = outbound.openThread(
                    community, channelId, name(q), QuestionMessages.card(q), QuestionMessages.opening(q));
            questions.recordThread(q.data().communityId(), q.number(), thread);
            return Optional.of(thread);
        } catch (WorkspaceUnavailableException e) {
            log.info("No thread for {} in {}: {}", q.label(), community.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Posts {@code note} in the question's thread; opens a new thread (the card again) when the old
     * one is gone. @return a sentence for the person who acted when something had to change, or empty
     */
    public Text tell(CommunityRef community, Question q, Message note) {
        if (q.thread() == null) {
            return Text.empty();
        }
        try {
            if (outbound.postInThread(community, q.thread(), note)) {
                return Text.empty();
            }
        } catch (WorkspaceUnavailableException e) {
            log.info("Could not post in the thread of {} in {}: {}", q.label(), community.id(), e.getMessage());
            return Text.of(" (I could not post in its thread: " + e.getMessage() + ")");
        }
        Optional<ThreadRef> again = open(community, q.thread().channelId(), q);
        if (again.isEmpty()) {
            return Text.of(" (its thread was deleted on the platform and I could not open a new one)");
        }
        try {
            outbound.postInThread(community, again.get(), note);
        } catch (WorkspaceUnavailableException e) {
            log.info("Could not post in the new thread of {}: {}", q.label(), e.getMessage());
        }
        Text link = QuestionMessages.threadLink(again.get());
        return Text.builder()
                .plain(" Its thread was deleted on the platform, so I opened a new one")
                .text(link.isEmpty() ? Text.empty() : Text.of(": ").append(link))
                .plain(".")
                .build();
    }

    /**
     * Updates the question's card (the message its thread started from) to the question's state: answered
     * shows who replied first, resolved loses the buttons. With {@code thread}, the thread follows: a
     * resolved question's thread is archived under a name marked resolved, a reopened one unarchived
     * under its own name. Goes through the outbox, behind the posts already waiting in the channel.
     */
    public void refresh(CommunityRef community, Question q, boolean thread) {
        if (q.thread() == null) {
            return;
        }
        boolean resolved = q.status() == QuestionStatus.RESOLVED;
        ThreadChange change = thread ? new ThreadChange(resolved ? RESOLVED_MARK + name(q) : name(q), resolved) : null;
        MessageRef card = new MessageRef(q.thread().channelId(), q.thread().threadId());
        outbound.send(
                community,
                List.of(Notification.edit(
                        Destination.channel(q.thread().channelId()),
                        Living.editAt(card, change),
                        QuestionMessages.card(q))));
    }

    static String link(ThreadRef thread) {
        return thread.link() == null ? "" : ": " + thread.link();
    }

    static String name(Question q) {
        String text = ThreadNames.plain(q.data().text());
        String name = q.label() + " · " + text;
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 1) + "…";
    }
}
