package dev.atelier.core.milestone;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** Turns changes to a plan into messages: the reply to whoever changed it and the workspace post. */
public final class MilestoneReplies {

    private MilestoneReplies() {}

    /** What a change to a plan decided: the saved internship, the milestone, who changed it and how. */
    public record Changed(Internship internship, Milestone milestone, Member by, String verb) {}

    /** A milestone the mentor added: the intern sees it in the workspace. */
    public static Outcome added(Changed c) {
        Internship i = c.internship();
        Message post = Message.publicReply(Text.builder()
                        .plain("🗓️ ")
                        .quiet(c.by())
                        .plain(" added a milestone for ")
                        .member(i.data().intern())
                        .plain(":")
                        .line()
                        .text(Views.line(c.milestone()))
                        .build())
                .withTitle(Views.title(i));
        Message reply = Message.privateReply(Text.builder()
                .plain("✅ Added to internship #" + i.number() + ": ")
                .text(Views.line(c.milestone()))
                .build());
        return Outcome.reply(reply, Notices.workspace(i, post, c.by()));
    }

    /** A milestone the intern proposed: the mentor gets it with a Confirm button. */
    public static Outcome proposed(Changed c) {
        Internship i = c.internship();
        Milestone m = c.milestone();
        Button confirm = Button.of("Confirm", ButtonStyle.PRIMARY, "milestone confirm " + m.number());
        Text.Builder text = Text.builder()
                .plain("💡 ")
                .quiet(c.by())
                .plain(" proposes a milestone for ")
                .member(i.data().mentor())
                .plain(" to confirm:")
                .line()
                .text(Views.line(m));
        if (m.criteria() != null) {
            text.line().plain("Criteria: ").user(m.criteria());
        }
        Message post =
                Message.publicReply(text.build()).withTitle(Views.title(i)).withButtons(List.of(confirm));
        Message nudge = Message.publicReply(Text.builder()
                .plain("💡 ")
                .quiet(c.by())
                .plain(" proposed ")
                .bold(m.label())
                .text(Notices.whereTheCardIs(i, proposalKey(i, m), "the Confirm button"))
                .build());
        Message reply = Message.privateReply(Text.builder()
                .plain("💡 Proposed ")
                .bold(m.label())
                .plain("; ")
                .quiet(i.data().mentor())
                .plain(" will confirm it.")
                .build());
        List<Notification> notices =
                new ArrayList<>(Notices.workspaceAndNudge(i, post, i.data().mentor(), nudge));
        // the first is the card with the Confirm button: kept, so the nudge links to it
        notices.set(0, notices.get(0).kept(proposalKey(i, m)));
        return Outcome.reply(reply, notices);
    }

    /** The key the proposal's card is kept under. */
    static String proposalKey(Internship i, Milestone m) {
        return "proposal:" + i.number() + ":" + m.number();
    }

    /**
     * A milestone confirmed, started, edited or removed: the workspace hears it; a confirmed one pings the
     * intern, who works on it next.
     */
    public static Outcome changed(Changed c) {
        Internship i = c.internship();
        Text.Builder head = Text.builder().quiet(c.by()).plain(" " + c.verb() + " a milestone");
        if ("confirmed".equals(c.verb()) && !i.data().intern().id().equals(c.by().id())) {
            head.plain(" for ").member(i.data().intern());
        }
        Message post = Message.publicReply(
                        head.plain(":").line().text(Views.line(c.milestone())).build())
                .withTitle(Views.title(i));
        Message reply = Message.privateReply(Text.builder()
                .plain("✅ " + Character.toUpperCase(c.verb().charAt(0))
                        + c.verb().substring(1) + ": ")
                .text(Views.line(c.milestone()))
                .build());
        return Outcome.reply(reply, Notices.workspace(i, post, c.by()));
    }
}
