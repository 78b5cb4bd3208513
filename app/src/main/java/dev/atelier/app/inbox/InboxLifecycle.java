package dev.atelier.app.inbox;

import dev.atelier.core.inbox.InboxWorkers;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the inbox workers once everything else runs (the platform connections they answer through),
 * and stops them first on shutdown: they take no new command, finish the one in hand within the grace
 * period and give their lanes back; what they did not take stays stored for the next start or another
 * instance. Beans close afterwards, the store last.
 */
final class InboxLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxLifecycle.class);

    private final InboxWorkers workers;
    private final Duration grace;

    InboxLifecycle(InboxWorkers workers, Duration grace) {
        this.workers = workers;
        this.grace = grace;
    }

    @Override
    public void start() {
        workers.start();
    }

    @Override
    public void stop() {
        if (!workers.stop(grace)) {
            log.warn(
                    "Inbox workers did not finish within {} s; their lanes are taken over when their lease ends",
                    grace.toSeconds());
        }
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }
}
