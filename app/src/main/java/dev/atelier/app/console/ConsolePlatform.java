package dev.atelier.app.console;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import java.io.PrintStream;

/** The console as a platform: workspaces are named channels, and every post or DM is printed. */
final class ConsolePlatform implements Notifier, WorkspaceProvisioner {

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
        String where = notification.to() instanceof Destination.Channel channel ? "in #" + channel.channelId()
                : "DM to @" + ((Destination.Direct) notification.to()).memberId();
        out.println("  → " + where + ": " + ConsoleRenderer.render(notification.message()));
    }

    @Override
    public String create(CommunityRef community, WorkspaceRequest request) {
        out.println("  → created private channel #" + request.name() + " for @" + request.intern().id() + ", @"
                + request.mentor().id() + " and the moderators");
        return request.name();
    }
}
