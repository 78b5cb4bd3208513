package dev.atelier.core.question;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.ArrayList;
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
            ThreadRef thread = outbound.openThread(community, channelId, name(q), card(q), opening(q));
            questions.recordThread(q.data().communityId(), q.number(), thread);
            return Optional.of(thread);
        } catch (WorkspaceUnavailableException e) {
            log.info("No thread for {} in {}: {}", q.label(), community.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Posts {@code note} in the question's thread; opens a new thread (the card again) when the old
     * one is gone. @return a sentence for the person who acted when something had to change, or ""
     */
    public String tell(CommunityRef community, Question q, Message note) {
        if (q.thread() == null) {
            return "";
        }
        try {
            if (outbound.postInThread(community, q.thread(), note)) {
                return "";
            }
        } catch (WorkspaceUnavailableException e) {
            log.info("Could not post in the thread of {} in {}: {}", q.label(), community.id(), e.getMessage());
            return " (I could not post in its thread: " + e.getMessage() + ")";
        }
        Optional<ThreadRef> again = open(community, q.thread().channelId(), q);
        if (again.isEmpty()) {
            return " (its thread was deleted on the platform and I could not open a new one)";
        }
        try {
            outbound.postInThread(community, again.get(), note);
        } catch (WorkspaceUnavailableException e) {
            log.info("Could not post in the new thread of {}: {}", q.label(), e.getMessage());
        }
        return " Its thread was deleted on the platform, so I opened a new one" + link(again.get()) + ".";
    }

    static String link(ThreadRef thread) {
        return thread.link() == null ? "" : ": " + thread.link();
    }

    static String name(Question q) {
        String text = q.data().text().replaceAll("\\s+", " ");
        String name = q.label() + " · " + text;
        return name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 1) + "…";
    }

    /** The question as posted: who asks whom, the text, and the buttons of the thread. */
    static Message card(Question q) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(Button.of("Resolve", ButtonStyle.SUCCESS, "resolve " + q.number()));
        if (!q.peers().optedOut() && !q.peers().offered()) {
            buttons.add(Button.of("Keep from peers", ButtonStyle.SECONDARY, "peers " + q.number() + " no"));
        }
        return Message.publicReply(
                        q.data().mentor().mention() + ", " + q.data().asker().mention() + " asks:\n> "
                                + q.data().text().replace("\n", "\n> "))
                .withTitle("❓ " + q.label() + " · internship #" + q.data().internshipNumber())
                .withButtons(buttons);
    }

    private static Message opening(Question q) {
        return Message.publicReply(
                "🧵 " + q.data().mentor().mention() + ", " + q.data().asker().mention()
                        + " asked this; answer here. The first reply marks it answered; `resolve " + q.number()
                        + "` or the Resolve button closes it.");
    }
}
