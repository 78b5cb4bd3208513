package dev.atelier.core.internship;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;
import java.util.Optional;

/**
 * The actions of an internship as buttons, each opening the form of its command for whoever presses it
 * (a press by someone the action is not for gets a private refusal): the control message pinned in the
 * pair's workspace, and the pieces of a member's own home.
 */
public final class WorkspaceControls {

    private WorkspaceControls() {}

    /** The control message of the workspace, pinned where the platform pins; empty without a workspace. */
    public static Optional<Notification> controlMessage(Internship i) {
        if (i.workspaceChannelId() == null) {
            return Optional.empty();
        }
        Message message = Message.publicReply(
                        Text.of("Interns: submit work, ask, log hours, answer check-ins, propose milestones. "
                                + "Mentors: review what waits, add milestones."))
                .withTitle("Internship #" + i.number() + " · actions")
                .withButtons(List.of(
                        submit(),
                        ask(i, ""),
                        log(i, ""),
                        answerCheckin(i, ""),
                        propose(i, ""),
                        review(),
                        addMilestone(i, "")));
        return Optional.of(Notification.to(Destination.channel(i.workspaceChannelId()), message)
                .pinned("control:" + i.number()));
    }

    public static Button submit() {
        return Button.asking("Submit work", ButtonStyle.SUCCESS, "submit", "milestone", "link", "notes");
    }

    public static Button ask(Internship i, String suffix) {
        return Button.asking(
                "Ask my mentor" + suffix,
                ButtonStyle.PRIMARY,
                "ask internship:" + i.number(),
                Button.needed("question"));
    }

    public static Button log(Internship i, String suffix) {
        return Button.asking(
                "Log hours" + suffix, ButtonStyle.SECONDARY, "log internship:" + i.number(), "hours", "note");
    }

    public static Button answerCheckin(Internship i, String suffix) {
        return Button.asking(
                "Answer check-in" + suffix,
                ButtonStyle.PRIMARY,
                "checkin answer internship:" + i.number(),
                "done",
                "blocks",
                "next",
                "confidence");
    }

    public static Button propose(Internship i, String suffix) {
        return Button.asking(
                "Propose a milestone" + suffix,
                ButtonStyle.SECONDARY,
                "milestone propose " + i.number(),
                "title",
                "criteria");
    }

    public static Button review() {
        return Button.of("Review what waits", ButtonStyle.PRIMARY, "queue");
    }

    public static Button addMilestone(Internship i, String suffix) {
        return Button.asking(
                "Add a milestone" + suffix, ButtonStyle.SECONDARY, "milestone add " + i.number(), "title", "criteria");
    }
}
