package dev.atelier.app.benchmark;

import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Measures how long one instance spends claiming and marking done. */
final class TimedDueWork implements DueWork {

    final AtomicLong claimNanos = new AtomicLong();
    final AtomicLong doneNanos = new AtomicLong();
    final AtomicLong claims = new AtomicLong();
    private final DueWork work;

    TimedDueWork(DueWork work) {
        this.work = work;
    }

    @Override
    public boolean plan(DueItem item) {
        return work.plan(item);
    }

    @Override
    public void planAll(List<DueItem> items) {
        work.planAll(items);
    }

    @Override
    public void schedule(DueItem item) {
        work.schedule(item);
    }

    @Override
    public List<Claimed> claim(String instanceId, Instant now, Duration lease, int limit) {
        long start = System.nanoTime();
        try {
            return work.claim(instanceId, now, lease, limit);
        } finally {
            claimNanos.addAndGet(System.nanoTime() - start);
            claims.incrementAndGet();
        }
    }

    @Override
    public void done(Collection<Claimed> done, Instant now) {
        long start = System.nanoTime();
        work.done(done, now);
        doneNanos.addAndGet(System.nanoTime() - start);
    }

    @Override
    public void settle(Collection<Claimed> claimed, Collection<Claimed> finished, Instant now) {
        long start = System.nanoTime();
        work.settle(claimed, finished, now);
        doneNanos.addAndGet(System.nanoTime() - start);
    }

    @Override
    public void forget(java.util.Collection<String> keys) {
        work.forget(keys);
    }

    @Override
    public void release(Claimed claim, Instant dueAt) {
        work.release(claim, dueAt);
    }
}
