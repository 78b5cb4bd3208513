package dev.atelier.core.inbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What adapters call before acknowledging a command: stores it durably (in arrival order) and wakes
 * the workers. A duplicate delivery is not stored again.
 */
public final class Inbox {

    private final CommandInbox store;
    private final Runnable wake;
    private final AtomicLong lastOrdinal = new AtomicLong();

    public Inbox(CommandInbox store, Runnable wake) {
        this.store = store;
        this.wake = wake;
    }

    /**
     * Stores the command; true when stored now, false when its delivery key was already there. Throws
     * when the store cannot take it: the adapter must then not acknowledge it as received.
     */
    public boolean accept(InboxCommand command) {
        long micros = command.receivedAt().toEpochMilli() * 1000;
        long ordinal = lastOrdinal.updateAndGet(last -> Math.max(micros, last + 1));
        boolean stored = store.accept(command.withOrdinal(ordinal));
        if (stored) {
            wake.run();
        }
        return stored;
    }
}
