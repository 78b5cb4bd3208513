package dev.atelier.core.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads: each claims a lane and finishes its commands, and when there is nothing to
 * claim waits for a new command. Only one idle worker at a time (the poller) also looks again when the
 * poll interval passes, to pick up what other instances stored or a crashed one left; the others wait
 * for a wake-up, so an idle instance looks once per interval whatever its number of workers. A new
 * command on this instance wakes one worker; a worker that claimed a lane wakes one more, so a burst
 * (also one another instance stored) spreads over the workers. Now and then one of them forgets
 * long-answered commands. Stopping makes them take no more work: each finishes the command it runs and
 * gives its lane back.
 */
public final class InboxWorkers {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final InboxEngine engine;
    private final CommandInbox inbox;
    private final Clock clock;
    private final InboxSettings settings;
    private final Object signal = new Object();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    /** Guarded by {@link #signal}: a wake-up no idle worker took yet. */
    private boolean woken;
    /** Guarded by {@link #signal}: the idle worker that looks again when the poll interval passes, if any. */
    private Thread poller;

    public InboxWorkers(InboxEngine engine, CommandInbox inbox, Clock clock, InboxSettings settings) {
        this.engine = engine;
        this.inbox = inbox;
        this.clock = clock;
        this.settings = settings;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        threads.clear();
        for (int i = 1; i <= settings.workers(); i++) {
            Thread thread = new Thread(this::loop, "atelier-inbox-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** A command was stored: an idle worker looks at once (and wakes another if it claims a lane). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notify();
        }
    }

    private void wakeAll() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Stops taking work; waits up to {@code grace} for the workers to finish what they run and give
     * their lanes back. True when all of them did.
     */
    public synchronized boolean stop(Duration grace) {
        running = false;
        wakeAll();
        long deadline = System.nanoTime() + grace.toNanos();
        boolean all = true;
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                all = false;
                thread.interrupt();
            }
        }
        threads.clear();
        return all;
    }

    private void loop() {
        while (running) {
            boolean worked;
            try {
                worked = engine.workOneLane(() -> running, this::wake); // claimed: another worker looks too
                purgeNow();
            } catch (RuntimeException e) {
                log.warn("Inbox worker failed, looking again shortly: {}", e.toString());
                worked = false;
            }
            if (!worked) {
                idle();
            }
        }
    }

    @SuppressWarnings("WaitNotInLoop") // an early wake-up only makes the run loop look for work sooner
    private void idle() {
        synchronized (signal) {
            if (!woken && running) {
                boolean polls = poller == null;
                if (polls) {
                    poller = Thread.currentThread();
                }
                try {
                    signal.wait(polls ? settings.poll().toMillis() : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                } finally {
                    if (polls) {
                        poller = null;
                    }
                }
            }
            woken = false;
        }
    }

    private void purgeNow() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isAfter(due) && nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            inbox.purgeAnswered(now.minus(settings.keep()));
        }
    }
}
