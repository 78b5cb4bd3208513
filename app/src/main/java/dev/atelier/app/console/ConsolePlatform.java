package dev.atelier.app.console;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadChange;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Threads;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console as a platform: workspaces are named channels, a question's thread is named after the
 * question ({@code #atelier-1-alice/q1}), other threads after their title; every post or DM is printed.
 * As the outbox's courier it also prints each update of a living message (a question's card answered or
 * resolved, a submission's card approved), as Discord and Slack edit it in place.
 */
final class ConsolePlatform implements Notifier, WorkspaceProvisioner, Threads, Courier {

    /** How a question's thread is named: {@code Q3 · ...}. */
    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile("Q(\\d{1,9})");

    private final PrintStream out;
    private final Map<Long, ThreadRef> questionThreads = new ConcurrentHashMap<>();
    private final AtomicLong posts = new AtomicLong();

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

    /** A post or DM printed; a living one gets a reference ({@code <channel or @member>/console-<n>}) to update it by. */
    @Override
    public Attempt deliver(OutboxItem item) {
        if (item.inThread()) {
            post(item.community(), item.thread(), item.message());
            return Attempt.delivered(null);
        }
        send(item.community(), new Notification(item.to(), item.fallback(), item.message()));
        if (item.living() == null) {
            return Attempt.delivered(null);
        }
        String where = item.to() instanceof Destination.Channel channel
                ? channel.channelId()
                : "@" + ((Destination.Direct) item.to()).memberId();
        return Attempt.delivered(where + "/console-" + posts.incrementAndGet());
    }

    /** The living message at {@code at} as it reads now, and what became of its thread. */
    @Override
    public Attempt edit(OutboxItem item, MessageRef at) {
        String where = at.channelId().startsWith("@") ? "DM to " + at.channelId() : "in #" + at.channelId();
        out.println("  → updated " + where + ": " + ConsoleRenderer.render(item.message()));
        ThreadChange thread = item.living().thread();
        if (thread != null) {
            out.println("  → thread #" + at.messageId() + (thread.archived() ? " archived" : " open") + " as \""
                    + thread.name() + "\"");
        }
        return Attempt.delivered(null);
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
