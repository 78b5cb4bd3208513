package dev.atelier.core.internship;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** How a started internship is announced: the reply to the moderator, the workspace welcome, the pair's DMs. */
public final class InternshipReplies {

    private InternshipReplies() {}

    /** What starting decided: the saved internship, and why no workspace could be made (null when one was). */
    public record Started(Internship internship, String workspaceProblem) {}

    /** The reply to whoever started it: names the pair without pinging them (the welcome post does). */
    public static Message reply(Started s) {
        Internship i = s.internship();
        Text.Builder text = Text.builder()
                .plain("✅ Internship #" + i.number() + " started: ")
                .quiet(i.data().intern())
                .plain(" with mentor ")
                .quiet(i.data().mentor())
                .plain(" on ")
                .bold(i.data().taskTitle())
                .plain(".");
        if (i.workspaceChannelId() != null) {
            text.plain(" Their workspace is ").channel(i.workspaceChannelId()).plain(".");
        } else {
            text.plain(" I could not create a private workspace (" + s.workspaceProblem()
                    + "), so I will message the pair directly.");
        }
        return Message.privateReply(text.build());
    }

    public static List<Notification> welcome(Started s) {
        Internship i = s.internship();
        Message hello = Message.publicReply(Text.builder()
                        .plain("👋 Welcome ")
                        .member(i.data().intern())
                        .plain(" and ")
                        .member(i.data().mentor())
                        .plain("! This is your private workspace for ")
                        .bold(i.data().taskTitle())
                        .plain(".")
                        .line()
                        .text(buttonsWhere(i))
                        .quiet(i.data().mentor())
                        .plain(" adds the first milestones, ")
                        .quiet(i.data().intern())
                        .plain(" proposes more, submits work and asks.")
                        .build())
                .withTitle(Views.title(i));
        List<Notification> out = new ArrayList<>(Notices.workspace(i, hello));
        WorkspaceControls.controlMessage(i).ifPresent(out::add);
        if (i.workspaceChannelId() != null) {
            out.add(Notices.direct(
                    i,
                    i.data().intern(),
                    Message.publicReply(Text.builder()
                            .plain("🎓 You start internship #" + i.number() + " on ")
                            .bold(i.data().taskTitle())
                            .plain(" with mentor ")
                            .quiet(i.data().mentor())
                            .plain(". Your workspace: ")
                            .channel(i.workspaceChannelId())
                            .plain(".")
                            .build())));
            out.add(Notices.direct(
                    i,
                    i.data().mentor(),
                    Message.publicReply(Text.builder()
                            .plain("🧭 You mentor ")
                            .quiet(i.data().intern())
                            .plain(" in internship #" + i.number() + " on ")
                            .bold(i.data().taskTitle())
                            .plain(". Your workspace: ")
                            .channel(i.workspaceChannelId())
                            .plain(".")
                            .build())));
        }
        return out;
    }

    /** Where the pair finds the buttons: the control message right below, or without a workspace their home. */
    private static Text buttonsWhere(Internship i) {
        return i.workspaceChannelId() != null
                ? Text.of("Everything works with the buttons below, each opening a short form: ")
                : Text.builder()
                        .plain("Everything works with the buttons of ")
                        .command("home")
                        .plain(", each opening a short form: ")
                        .build();
    }
}
