package dev.atelier.core.question;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import java.util.ArrayList;
import java.util.List;

/** How questions look: the card in the workspace, the thread's opening, the replies and the news of a change. */
public final class QuestionMessages {

    private QuestionMessages() {}

    /**
     * The question as posted and kept up to date: the mentor (who answers) pinged, the asker's words quoted,
     * the thread's buttons; once answered, who replied first; once resolved, no buttons.
     */
    public static Message card(Question q) {
        List<Button> buttons = new ArrayList<>();
        Text.Builder text = Text.builder();
        boolean answered = q.status() == QuestionStatus.ANSWERED && q.firstReplyBy() != null;
        if (q.status() == QuestionStatus.RESOLVED) {
            text.plain("✅ Resolved").line();
        } else {
            buttons.add(Button.of("Resolve", ButtonStyle.SUCCESS, "resolve " + q.number()));
            if (!q.peers().optedOut() && !q.peers().offered()) {
                buttons.add(Button.of("Keep from peers", ButtonStyle.SECONDARY, "peers " + q.number() + " no"));
            }
            if (answered) {
                text.plain("💬 Answered by ")
                        .quiet(replier(q))
                        .plain("; ")
                        .member(q.data().asker())
                        .plain(", resolve it when it helped.")
                        .line();
            }
        }
        text.quiet(q.data().asker()).plain(" asks ");
        if (q.status() == QuestionStatus.RESOLVED || answered) {
            text.quiet(q.data().mentor());
        } else {
            text.member(q.data().mentor());
        }
        return Message.publicReply(text.plain(":").quote(q.data().text()).build())
                .withTitle("❓ " + q.label() + " · internship #" + q.data().internshipNumber())
                .withButtons(buttons);
    }

    /** Who replied first: the mentor, the asker, or a peer named by id. */
    private static Member replier(Question q) {
        String id = q.firstReplyBy();
        if (id.equals(q.data().mentor().id())) {
            return q.data().mentor();
        }
        return id.equals(q.data().asker().id()) ? q.data().asker() : new Member(id, id);
    }

    /** The first message inside the thread. */
    static Message opening(Question q) {
        return Message.publicReply(Text.builder()
                .plain("🧵 ")
                .quiet(q.data().mentor())
                .plain(", ")
                .quiet(q.data().asker())
                .plain(" asked this; answer here. The first reply marks it answered; the Resolve button closes it.")
                .build());
    }

    /** A link to the thread, labelled, or nothing when the platform gave no link. */
    static Text threadLink(ThreadRef thread) {
        return thread == null || thread.link() == null
                ? Text.empty()
                : Text.builder().link(thread.link(), "thread").build();
    }

    /** The asker's reply: where the question went and what may help meanwhile; a Resolve button when no card has one. */
    static Message asked(Question q, ThreadRef thread, Member mentor, List<Question> related) {
        Text.Builder text = Text.builder().plain("❓ Asked ").bold(q.label());
        if (thread == null) {
            text.plain(" and saved it; I could not open a thread in the workspace, so ")
                    .quiet(mentor)
                    .plain(" gets it by DM.");
        } else {
            Text link = threadLink(thread);
            text.plain(" in a ")
                    .text(link.isEmpty() ? Text.of("thread") : link)
                    .plain("; ")
                    .quiet(mentor)
                    .plain(" has been told.");
            if (q.peers().optedOut()) {
                text.plain(" Peers will not be offered it.");
            }
        }
        if (!related.isEmpty()) {
            text.line().plain("Maybe already answered in your cohort:");
            related.forEach(r -> text.item(ShowResources.line(r)));
        }
        Message reply = Message.privateReply(text.build());
        // with a thread, the card that opens it carries the Resolve button, which the resolve updates; a second
        // one here would stay live after it
        return thread != null
                ? reply
                : reply.withButtons(List.of(Button.of("Resolve", ButtonStyle.SUCCESS, "resolve " + q.number())));
    }

    /** The news of a resolve, told in the thread and to the other side. */
    static Text resolved(Member by, Question q, Knowledge kept) {
        Text.Builder text = Text.builder()
                .plain("✅ ")
                .quiet(by)
                .plain(" resolved ")
                .bold(q.label())
                .plain(".");
        return text.text(keptNote(kept)).build();
    }

    static Text keptNote(Knowledge kept) {
        if (kept == null) {
            return Text.empty();
        }
        return Text.builder()
                .plain(" Kept as a " + kept.kind().label() + ": ")
                .bold(kept.title())
                .plain("; ")
                .command("resources")
                .plain(" finds it.")
                .build();
    }

    /** The news of a reopen, with the question's words. */
    static Text reopened(Member by, Question q) {
        return Text.builder()
                .plain("🔁 ")
                .quiet(by)
                .plain(" reopened ")
                .bold(q.label())
                .plain(":")
                .quote(q.data().text())
                .build();
    }
}
