package dev.atelier.core.workspace;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxSettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes notifications, workspace requests and question threads to the adapter of the community's
 * platform. Notifiers or provisioners that also implement {@link Threads} open the threads. Once an
 * outbox is attached ({@link #deliverThrough}), notifications and thread posts are written to it first
 * and delivered from there (at once when their channel is free); opening a thread stays direct, since
 * its caller needs the thread back.
 */
public final class Outbound {

    private static final Logger log = LoggerFactory.getLogger(Outbound.class);

    private final Map<Platform, Notifier> notifiers = new EnumMap<>(Platform.class);
    private final Map<Platform, WorkspaceProvisioner> provisioners = new EnumMap<>(Platform.class);
    private final Map<Platform, Threads> threads = new EnumMap<>(Platform.class);
    private final Map<Platform, Courier> couriers = new EnumMap<>(Platform.class);
    private volatile OutboxDelivery delivery;
    private final Map<Platform, FileSender> files = new EnumMap<>(Platform.class);

    public Outbound(List<? extends Notifier> notifiers, List<? extends WorkspaceProvisioner> provisioners) {
        notifiers.forEach(n -> this.notifiers.put(n.platform(), n));
        provisioners.forEach(p -> this.provisioners.put(p.platform(), p));
        notifiers.stream()
                .filter(Threads.class::isInstance)
                .map(Threads.class::cast)
                .forEach(t -> threads.put(t.platform(), t));
        provisioners.stream()
                .filter(Threads.class::isInstance)
                .map(Threads.class::cast)
                .forEach(t -> threads.put(t.platform(), t));
        notifiers.stream()
                .filter(FileSender.class::isInstance)
                .map(FileSender.class::cast)
                .forEach(f -> files.put(f.platform(), f));
        notifiers.stream()
                .filter(Courier.class::isInstance)
                .map(Courier.class::cast)
                .forEach(c -> couriers.put(c.platform(), c));
    }

    /** What delivers each platform's outbox items: the adapter's own courier, else its notifier and threads. */
    public List<Courier> couriers() {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        platforms.addAll(notifiers.keySet());
        platforms.addAll(threads.keySet());
        List<Courier> all = new ArrayList<>();
        for (Platform p : platforms) {
            all.add(
                    couriers.containsKey(p)
                            ? couriers.get(p)
                            : new NotifierCourier(p, notifiers.get(p), threads.get(p)));
        }
        return all;
    }

    /** From now on, notifications and thread posts go through this outbox. */
    public void deliverThrough(OutboxDelivery outbox) {
        this.delivery = outbox;
    }

    public Optional<OutboxDelivery> delivery() {
        return Optional.ofNullable(delivery);
    }

    /** Sends {@code file} to the member's DMs; false when the platform sends no files or delivery failed. */
    public boolean sendFile(CommunityRef community, String memberId, Message message, FileAttachment file) {
        FileSender sender = files.get(community.platform());
        if (sender == null) {
            return false;
        }
        try {
            return sender.sendFile(community, memberId, message, file);
        } catch (RuntimeException e) {
            log.warn("Could not send a file to a member in {}: {}", community.id(), e.toString());
            return false;
        }
    }

    public void send(CommunityRef community, List<Notification> notifications) {
        send(community, notifications, OutboxSettings.NOTICE);
    }

    /** Sends notifications of {@code kind} (a due-work kind for scheduled ones: they expire when late). */
    public void send(CommunityRef community, List<Notification> notifications, String kind) {
        OutboxDelivery outbox = delivery;
        if (outbox != null && !notifications.isEmpty()) {
            for (Notification n : notifications) {
                try {
                    outbox.post(community, kind, n.to(), null, n.fallback(), n.message(), n.living());
                } catch (RuntimeException e) {
                    log.warn(
                            "Outbox unavailable ({}); sending to {} in {} directly",
                            e.toString(),
                            n.to(),
                            community.id());
                    sendDirectly(community, List.of(n));
                }
            }
            return;
        }
        sendDirectly(community, notifications);
    }

    /** Opens (or closes) existing workspaces to a member who became (or stopped being) a moderator; never throws. */
    public void moderatorChanged(
            CommunityRef community, List<String> workspaceChannelIds, String memberId, boolean moderator) {
        WorkspaceProvisioner provisioner = provisioners.get(community.platform());
        if (provisioner == null || workspaceChannelIds.isEmpty()) {
            return;
        }
        try {
            provisioner.moderatorChanged(community, workspaceChannelIds, memberId, moderator);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not update {} workspace(s) in {} for a moderator change: {}",
                    workspaceChannelIds.size(),
                    community.id(),
                    e.toString());
        }
    }

    private void sendDirectly(CommunityRef community, List<Notification> notifications) {
        Notifier notifier = notifiers.get(community.platform());
        if (notifier == null) {
            log.warn("No notifier for {}; {} notification(s) dropped", community.platform(), notifications.size());
            return;
        }
        for (Notification notification : notifications) {
            if (notification.isEdit()) {
                log.debug("No outbox: an update of a message in {} is skipped", community.id());
                continue;
            }
            try {
                notifier.send(community, notification);
            } catch (RuntimeException e) {
                log.warn("Could not notify {} in {}: {}", notification.to(), community.id(), e.toString());
            }
        }
    }

    public String createWorkspace(CommunityRef community, WorkspaceRequest request) {
        WorkspaceProvisioner provisioner = provisioners.get(community.platform());
        if (provisioner == null) {
            throw new WorkspaceUnavailableException("this platform cannot create workspaces");
        }
        return provisioner.create(community, request);
    }

    /**
     * Opens a thread in the channel, started by the message.
     *
     * @throws WorkspaceUnavailableException when the platform has no threads or refuses
     */
    public ThreadRef openThread(
            CommunityRef community, String channelId, String name, Message message, Message opening) {
        return threadsOf(community).open(community, channelId, name, message, opening);
    }

    /**
     * Posts the message in the thread; returns false when the thread is gone.
     *
     * @throws WorkspaceUnavailableException when the platform refuses
     */
    public boolean postInThread(CommunityRef community, ThreadRef thread, Message message) {
        OutboxDelivery outbox = delivery;
        if (outbox == null) {
            return threadsOf(community).post(community, thread, message);
        }
        Optional<Attempt> attempt;
        try {
            attempt = outbox.post(
                    community,
                    OutboxSettings.THREAD,
                    new Destination.Channel(thread.channelId()),
                    thread,
                    null,
                    message);
        } catch (RuntimeException e) {
            log.warn("Outbox unavailable ({}); posting in thread {} directly", e.toString(), thread.threadId());
            return threadsOf(community).post(community, thread, message);
        }
        if (attempt.isEmpty() || attempt.get().delivered() || attempt.get().retry()) {
            return true;
        }
        if (attempt.get().result() == Attempt.Result.GONE) {
            return false;
        }
        throw new WorkspaceUnavailableException(attempt.get().reason());
    }

    private Threads threadsOf(CommunityRef community) {
        Threads t = threads.get(community.platform());
        if (t == null) {
            throw new WorkspaceUnavailableException("this platform has no threads");
        }
        return t;
    }
}
