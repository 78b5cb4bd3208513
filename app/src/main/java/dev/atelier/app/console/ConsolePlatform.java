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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console as a platform: workspaces are named channels, a question's thread is named after the
 * question ({@code #atelier-1-alice/q1}), other threads after their title; every post or DM is printed.
 */
final class ConsolePlatform implements Notifier, WorkspaceProvisioner, Threads {

    /** How a question's thread is named: {@code Q3 · ...}. */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile("Q(\\d{1,9})");

    private final PrintStream out;
    private final Map<Long, ThreadRef> questionThreads = new ConcurrentHashMap<>();

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
        String first = name.split(" ", -1)[0];
        String thread = channelId + "/"
                + (QUESTION.matcher(first).matches() ? first.toLowerCase(java.util.Locale.ROOT) : slug(name));
        out.println("  → opened thread #" + thread);
        if (opening != null) {
            out.println("  → in thread #" + thread + ": " + ConsoleRenderer.render(opening));
        }
        ThreadRef opened = new ThreadRef(channelId, thread, null);
        java.util.regex.Matcher question = QUESTION.matcher(first);
        if (question.matches()) {
            questionThreads.put(Long.parseLong(question.group(1)), opened);
        }
        return opened;
    }

    /** The thread opened for question {@code number} while this console runs. */
    Optional<ThreadRef> questionThread(long number) {
        return Optional.ofNullable(questionThreads.get(number));
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    @Override
    public boolean post(CommunityRef community, ThreadRef thread, Message message) {
        out.println("  → in thread #" + thread.threadId() + ": " + ConsoleRenderer.render(message));
        return true;
    }
}
