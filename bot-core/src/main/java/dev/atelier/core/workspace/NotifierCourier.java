package dev.atelier.core.workspace;

import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Notification;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;

/**
 * A courier for a platform whose adapter only has a {@link Notifier} (and {@link Threads}): the notifier
 * tries the fallback itself and reports no failure, so a notification counts as delivered once handed
 * over; a thread post reports a lost thread and a refusal. The outbox still makes it durable and paced.
 */
final class NotifierCourier implements Courier {

    private final Platform platform;
    private final Notifier notifier;
    private final Threads threads;

    NotifierCourier(Platform platform, Notifier notifier, Threads threads) {
        this.platform = platform;
        this.notifier = notifier;
        this.threads = threads;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        if (item.inThread()) {
            if (threads == null) {
                return Attempt.refused("this platform has no threads");
            }
            try {
                return threads.post(item.community(), item.thread(), item.message())
                        ? Attempt.delivered(null)
                        : Attempt.gone("the thread is gone");
            } catch (WorkspaceUnavailableException e) {
                return Attempt.refused(e.getMessage());
            }
        }
        if (notifier == null) {
            return Attempt.refused("no notifier for " + platform);
        }
        notifier.send(item.community(), new Notification(item.to(), item.fallback(), item.message()));
        return Attempt.delivered(null);
    }
}
