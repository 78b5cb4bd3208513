package dev.atelier.slack;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.workspace.FileSender;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.Threads;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends core notifications to Slack channels and DMs; tries the fallback on failure and never
 * throws. Also opens and posts in question threads (see {@link SlackThreads}), and delivers the
 * outbox's items one call at a time (see {@link SlackCourier}).
 */
final class SlackNotifier implements Notifier, Threads, Courier, FileSender {

    private static final Logger log = LoggerFactory.getLogger(SlackNotifier.class);

    private final Messenger messenger;
    private final SlackThreads threads;
    private final SlackCourier courier;

    SlackNotifier(Messenger messenger, SlackThreads threads) {
        this(messenger, threads, null);
    }

    SlackNotifier(Messenger messenger, SlackThreads threads, SlackCourier courier) {
        this.messenger = messenger;
        this.threads = threads;
        this.courier = courier;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        if (courier == null && item.inThread()) {
            try {
                return threads.post(item.thread(), item.message())
                        ? Attempt.delivered(null)
                        : Attempt.gone("the thread is gone");
            } catch (dev.atelier.core.workspace.WorkspaceUnavailableException e) {
                return Attempt.refused(e.getMessage());
            }
        }
        if (courier == null) {
            send(item.community(), new Notification(item.to(), item.fallback(), item.message()));
            return Attempt.delivered(null);
        }
        return courier.deliver(item);
    }

    @Override
    public Optional<String> linkTo(CommunityRef community, MessageRef at) {
        return courier == null ? Optional.empty() : courier.linkTo(community, at);
    }

    @Override
    public Attempt edit(OutboxItem item, MessageRef at) {
        return courier == null ? Attempt.refused("Slack messages cannot be updated here") : courier.edit(item, at);
    }

    @Override
    public Optional<String> findDelivered(OutboxItem item) {
        return courier == null ? Optional.empty() : courier.findDelivered(item);
    }

    @Override
    public ThreadRef open(CommunityRef community, String channelId, String name, Message message, Message opening) {
        return threads.open(channelId, message, opening);
    }

    @Override
    public boolean post(CommunityRef community, ThreadRef thread, Message message) {
        return threads.post(thread, message);
    }

    @Override
    public boolean sendFile(CommunityRef community, String memberId, Message message, FileAttachment file) {
        try {
            messenger.directFile(memberId, message, file);
            return true;
        } catch (SlackError e) {
            log.warn("Could not send a file to a member's DMs in {}: {}", community.id(), e.getMessage());
            return false;
        }
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void send(CommunityRef community, Notification notification) {
        try {
            deliver(notification.to(), notification);
            return;
        } catch (RuntimeException e) {
            log.warn("Slack notification to {} in {} failed: {}", notification.to(), community.id(), e.getMessage());
        }
        if (notification.fallback() == null) {
            return;
        }
        try {
            deliver(notification.fallback(), notification);
        } catch (RuntimeException e) {
            log.warn(
                    "Slack notification fallback {} in {} failed too: {}",
                    notification.fallback(),
                    community.id(),
                    e.getMessage());
        }
    }

    private void deliver(Destination destination, Notification notification) {
        if (destination instanceof Destination.Channel channel) {
            messenger.post(channel.channelId(), notification.message());
        } else if (destination instanceof Destination.Direct direct) {
            messenger.direct(direct.memberId(), notification.message());
        }
    }
}
