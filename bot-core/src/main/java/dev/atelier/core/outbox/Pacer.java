package dev.atelier.core.outbox;

import dev.atelier.core.community.Platform;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per platform: at most {@code perSecond} notifications a second, in bursts of at most
 * {@code perSecond}; a send beyond that waits for the next token. With 0 it never waits. It reads a
 * monotonic nanosecond ticker, not the business clock, and waits through a {@link Sleeper}.
 */
public final class Pacer {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private final LongSupplier nanos;
    private final Sleeper sleeper;
    private final Map<Platform, Bucket> buckets = new EnumMap<>(Platform.class);

    public Pacer(int perSecond, LongSupplier nanos, Sleeper sleeper) {
        this.perSecond = perSecond;
        this.nanos = nanos;
        this.sleeper = sleeper;
    }

    /** Real time, real sleeps. */
    public static Pacer real(int perSecond) {
        return new Pacer(perSecond, System::nanoTime, Sleeper.THREAD);
    }

    /** Takes one token for {@code platform}, waiting until there is one. */
    public synchronized void acquire(Platform platform) {
        if (perSecond == 0) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(platform, p -> new Bucket(perSecond, nanos.getAsLong()));
        bucket.refill(nanos.getAsLong(), perSecond);
        while (bucket.tokens < 1) {
            sleeper.sleep(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * SECOND / perSecond)));
            bucket.refill(nanos.getAsLong(), perSecond);
        }
        bucket.tokens -= 1;
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        private Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        private void refill(long now, int perSecond) {
            if (now > at) {
                tokens = Math.min(perSecond, tokens + (double) (now - at) * perSecond / SECOND);
                at = now;
            }
        }
    }
}
