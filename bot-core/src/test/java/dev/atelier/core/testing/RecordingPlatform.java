package dev.atelier.core.testing;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Threads;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform for core tests: records notifications, workspace requests, opened threads and thread
 * posts; can refuse workspaces and threads, and lose a thread as if it had been deleted.
 */
public final class RecordingPlatform implements Notifier, WorkspaceProvisioner, Threads {

    /** A post in a thread: which thread, and the message. */
    public record ThreadPost(ThreadRef thread, Message message) {}

    private final Platform platform;
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final List<WorkspaceRequest> workspaces = new CopyOnWriteArrayList<>();
    private volatile String refuseWorkspacesWith;
    private volatile String refuseThreadsWith;
    private final List<ThreadRef> threads = new CopyOnWriteArrayList<>();
    private final List<ThreadPost> threadPosts = new CopyOnWriteArrayList<>();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextThread = new AtomicInteger();

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

    @Override
    public ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening) {
        if (refuseThreadsWith != null) {
            throw new WorkspaceUnavailableException(refuseThreadsWith);
        }
        String id = "th" + nextThread.incrementAndGet();
        ThreadRef thread = new ThreadRef(channelId, id, "https://chat.example/" + channelId + "/" + id);
        threads.add(thread);
        threadPosts.add(new ThreadPost(thread, message));
        if (opening != null) {
            threadPosts.add(new ThreadPost(thread, opening));
        }
        return thread;
    }

    @Override
    public boolean post(CommunityRef community, ThreadRef thread, Message message) {
        if (lost.contains(thread.threadId())) {
            return false;
        }
        threadPosts.add(new ThreadPost(thread, message));
        return true;
    }

    public void refuseThreads(String reason) {
        this.refuseThreadsWith = reason;
    }

    /** The thread is gone, as if someone deleted it on the platform. */
    public void lose(ThreadRef thread) {
        lost.add(thread.threadId());
    }

    public List<ThreadRef> threads() {
        return List.copyOf(threads);
    }

    public List<ThreadPost> threadPosts() {
        return List.copyOf(threadPosts);
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
        threadPosts.clear();
    }
}
