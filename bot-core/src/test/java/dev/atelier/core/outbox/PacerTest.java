package dev.atelier.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Platform;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Pacing by a token bucket per platform, on a hand-moved ticker: no real waiting. */
class PacerTest {

    final AtomicLong nanos = new AtomicLong();
    final AtomicLong slept = new AtomicLong();
    final Sleeper sleeper = d -> {
        slept.addAndGet(d.toNanos());
        nanos.addAndGet(d.toNanos());
    };

    @Test
    void aBurstBeyondTheRateWaitsForTokens() {
        Pacer pacer = new Pacer(10, nanos::get, sleeper);
        for (int i = 0; i < 10; i++) {
            pacer.acquire(Platform.SLACK);
        }
        assertThat(slept.get()).isZero();
        for (int i = 0; i < 15; i++) {
            pacer.acquire(Platform.SLACK);
        }
        assertThat(Duration.ofNanos(slept.get())).isBetween(Duration.ofMillis(1490), Duration.ofMillis(1510));
    }

    @Test
    void platformsHaveTheirOwnBucketsAndZeroMeansUnpaced() {
        Pacer pacer = new Pacer(5, nanos::get, sleeper);
        for (int i = 0; i < 5; i++) {
            pacer.acquire(Platform.SLACK);
            pacer.acquire(Platform.DISCORD);
        }
        assertThat(slept.get()).isZero();
        Pacer unpaced = new Pacer(0, nanos::get, sleeper);
        for (int i = 0; i < 1000; i++) {
            unpaced.acquire(Platform.SLACK);
        }
        assertThat(slept.get()).isZero();
    }
}
