package dev.atelier.core.testing;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Notification;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform for core tests: records notifications and workspace requests; can refuse workspaces. */
public final class RecordingPlatform implements Notifier, WorkspaceProvisioner {

    private final Platform platform;
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final List<WorkspaceRequest> workspaces = new CopyOnWriteArrayList<>();
    private volatile String refuseWorkspacesWith;

    public RecordingPlatform(Platform platform) {
        this.platform = platform;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public void send(CommunityRef community, Notification notification) {
        sent.add(notification);
    }

    @Override
    public String create(CommunityRef community, WorkspaceRequest request) {
        if (refuseWorkspacesWith != null) {
            throw new WorkspaceUnavailableException(refuseWorkspacesWith);
        }
        workspaces.add(request);
        return "ws-" + request.name();
    }

    public void refuseWorkspaces(String reason) {
        this.refuseWorkspacesWith = reason;
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    public List<WorkspaceRequest> workspaces() {
        return List.copyOf(workspaces);
    }

    public void clear() {
        sent.clear();
    }
}
