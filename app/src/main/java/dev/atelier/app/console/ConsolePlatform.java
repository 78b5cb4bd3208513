package dev.atelier.app.console;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Threads;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import java.io.PrintStream;

/** The console as a platform: workspaces are named channels, threads are named after the question, every post or DM is printed. */
final class ConsolePlatform implements Notifier, WorkspaceProvisioner, Threads {

    private final PrintStream out;

    ConsolePlatform(PrintStream out) {
        this.out = out;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public void send(CommunityRef community, Notification notification) {
        String where = notification.to() instanceof Destination.Channel channel
                ? "in #" + channel.channelId()
                : "DM to @" + ((Destination.Direct) notification.to()).memberId();
        out.println("  → " + where + ": " + ConsoleRenderer.render(notification.message()));
    }

    @Override
    public String create(CommunityRef community, WorkspaceRequest request) {
        out.println("  → created private channel #" + request.name() + " for @"
                + request.intern().id() + ", @" + request.mentor().id() + " and the moderators");
        return request.name();
    }

    @Override
    public ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening) {
        out.println("  → in #" + channelId + ": " + ConsoleRenderer.render(message));
        String thread = channelId + "/" + name.split(" ", -1)[0].toLowerCase(java.util.Locale.ROOT);
        out.println("  → opened thread #" + thread);
        if (opening != null) {
            out.println("  → in thread #" + thread + ": " + ConsoleRenderer.render(opening));
        }
        return new ThreadRef(channelId, thread, null);
    }

    @Override
    public boolean post(CommunityRef community, ThreadRef thread, Message message) {
        out.println("  → in thread #" + thread.threadId() + ": " + ConsoleRenderer.render(message));
        return true;
    }
}
