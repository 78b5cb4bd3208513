package dev.atelier.core.internship;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.util.List;
import java.util.stream.Stream;

/** Where an internship's news goes: its workspace, and a DM to whoever something now waits for. */
public final class Notices {

    private Notices() {}

    /** A post in the workspace; without one (the platform refused it), a DM to both of the pair. */
    public static List<Notification> workspace(Internship i, Message message) {
        if (i.workspaceChannelId() != null) {
            return List.of(Notification.to(Destination.channel(i.workspaceChannelId()), message));
        }
        return List.of(
                Notification.to(Destination.direct(i.data().intern().id()), message),
                Notification.to(Destination.direct(i.data().mentor().id()), message));
    }

    /**
     * A post in the workspace about what {@code actor} did; without one, a DM to the others of the pair (the actor
     * has their reply already), both when the actor is neither (a moderator).
     */
    public static List<Notification> workspace(Internship i, Message message, Member actor) {
        if (i.workspaceChannelId() != null) {
            return workspace(i, message);
        }
        return Stream.of(i.data().intern(), i.data().mentor())
                .filter(m -> !m.id().equals(actor.id()))
                .map(m -> Notification.to(Destination.direct(m.id()), message))
                .toList();
    }

    /** A DM to one member, falling back to the workspace when DMs fail. */
    public static Notification direct(Internship i, Member to, Message message) {
        Destination fallback = i.workspaceChannelId() == null ? null : Destination.channel(i.workspaceChannelId());
        return Notification.to(Destination.direct(to.id()), fallback, message);
    }

    /**
     * The end of a nudge, pointing to the card in the workspace that carries the buttons ({@code what}), kept
     * under {@code key}: {@code ": its card has Approve and Request changes."}, where "its card" links to that
     * very message once it is posted (otherwise it names the workspace).
     */
    public static Text whereTheCardIs(Internship i, String key, String what) {
        if (i.workspaceChannelId() == null) {
            return Text.of(" in internship #" + i.number() + ".");
        }
        return Text.builder()
                .plain(": ")
                .postLink(key, i.workspaceChannelId(), "its card")
                .plain(" has " + what + ".")
                .build();
    }

    /** The key a submission's card is kept under: one per submission, so a resubmission has a card of its own. */
    public static String submissionCardKey(Internship i, Milestone m) {
        return "submission:" + i.number() + ":" + m.number() + ":"
                + m.submissions().size();
    }

    /**
     * The workspace post plus a DM to {@code waiting}, who has something to do. The DM does not fall back to
     * the workspace: the post there already names them.
     */
    public static List<Notification> workspaceAndNudge(Internship i, Message post, Member waiting, Message nudge) {
        if (i.workspaceChannelId() == null) {
            return List.of(Notification.to(Destination.direct(waiting.id()), post));
        }
        return List.of(
                Notification.to(Destination.channel(i.workspaceChannelId()), post),
                Notification.to(Destination.direct(waiting.id()), nudge));
    }

    /** The workspace post, which names {@code waiting}; without a workspace, a DM to them alone. */
    public static Notification workspaceFor(Internship i, Message post, Member waiting) {
        return i.workspaceChannelId() == null
                ? Notification.to(Destination.direct(waiting.id()), post)
                : Notification.to(Destination.channel(i.workspaceChannelId()), post);
    }
}
