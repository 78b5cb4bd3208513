package dev.atelier.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.CommandMetrics;
import dev.atelier.core.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How often idle workers look at the store: one worker at a time polls (an idle instance looks once per
 * poll interval, not once per worker), and lanes found by a poll (stored by another instance, no wake-up
 * here) are still worked by several workers at once. The store is a stand-in that counts looks.
 */
class InboxPollTest {

    static final Duration POLL = Duration.ofMillis(40);
    static final InboxSettings SETTINGS =
            new InboxSettings("poll-test", 8, Duration.ofSeconds(60), POLL, Duration.ofDays(1));

    final CountingInbox store = new CountingInbox();
    final InboxWorkers workers = new InboxWorkers(
            new InboxEngine(store, null, List.of(), null, Clock.systemUTC(), SETTINGS, CommandMetrics.NONE),
            store,
            Clock.systemUTC(),
            SETTINGS);

    @AfterEach
    void stopWorkers() {
        workers.stop(Duration.ofSeconds(5));
    }

    @Test
    void idleWorkersLookOncePerPollIntervalWhateverTheirNumber() {
        // given eight workers and nothing stored; each looks once as it starts
        workers.start();
        awaitLooks(SETTINGS.workers() + 1);

        // when ten more looks happen
        long from = System.nanoTime();
        awaitLooks(SETTINGS.workers() + 11);
        long took = System.nanoTime() - from;

        // then they took about ten poll intervals (eight workers polling each would take about one);
        // a spurious early wake-up is tolerated
        assertThat(Duration.ofNanos(took)).isGreaterThanOrEqualTo(POLL.multipliedBy(9));
    }

    @Test
    void lanesAPollFindsAreWorkedBySeveralWorkersAtOnce() throws Exception {
        // given eight workers at rest, then three lanes stored by another instance (no wake-up here)
        workers.start();
        awaitLooks(SETTINGS.workers() + 1);
        CountDownLatch together = new CountDownLatch(3);
        store.lanes(3, together);

        // then a poll finds the first, and the workers that wake up take the others at the same time
        assertThat(together.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWakeUpMakesAnIdleWorkerLookAtOnce() {
        // given eight workers at rest
        workers.start();
        awaitLooks(SETTINGS.workers() + 1);
        int before = store.looks.get();

        // when a command is stored on this instance (it wakes the workers)
        workers.wake();

        // then a worker looks before the poll interval is over
        long from = System.nanoTime();
        awaitLooks(before + 1);
        assertThat(Duration.ofNanos(System.nanoTime() - from)).isLessThan(Duration.ofSeconds(5));
    }

    void awaitLooks(int looks) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.looks.get() < looks && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(store.looks.get()).isGreaterThanOrEqualTo(looks);
    }

    /** Counts claims; hands out lanes once told to, each held until as many are held together as asked. */
    static final class CountingInbox implements CommandInbox {

        final AtomicInteger looks = new AtomicInteger();
        final AtomicInteger lanes = new AtomicInteger();
        volatile CountDownLatch together = new CountDownLatch(0);

        void lanes(int count, CountDownLatch held) {
            together = held;
            lanes.set(count);
        }

        @Override
        public Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease) {
            looks.incrementAndGet();
            int left = lanes.getAndUpdate(n -> Math.max(0, n - 1));
            return left > 0 ? Optional.of(new LaneClaim("lane-" + left, instanceId + left)) : Optional.empty();
        }

        @Override
        public Optional<InboxEntry> next(LaneClaim claim) {
            together.countDown();
            try {
                together.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        @Override
        public boolean accept(InboxCommand command) {
            return true;
        }

        @Override
        public boolean applied(String key, Message reply, Instant at) {
            return true;
        }

        @Override
        public void answered(String key, String how, Instant at) {}

        @Override
        public boolean renew(LaneClaim claim, Instant until) {
            return true;
        }

        @Override
        public void release(LaneClaim claim, Instant notBefore) {}

        @Override
        public long depth() {
            return 0;
        }

        @Override
        public long purgeAnswered(Instant before) {
            return 0;
        }
    }
}
