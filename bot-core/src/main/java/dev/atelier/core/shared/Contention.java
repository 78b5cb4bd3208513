package dev.atelier.core.shared;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How a use case that lost an optimistic-locking race ({@link ConcurrentChange}) tries again: up to
 * {@link #ATTEMPTS} times, waiting a random time between attempts ("full jitter": anywhere from zero
 * to a ceiling that doubles from {@value #FIRST_CEILING_MS} ms up to {@value #MAX_CEILING_MS} ms), so
 * writers that collided spread out instead of colliding again. Eight people changing one internship
 * at the same moment all get through; only a pathological pile-up is refused.
 */
public final class Contention {

    /** Attempts in all, the first included. */
    public static final int ATTEMPTS = 12;

    static final long FIRST_CEILING_MS = 4;
    static final long MAX_CEILING_MS = 128;

    private Contention() {}

    /** Waits before attempt {@code attempt + 1}, after attempt {@code attempt} (from 1) lost a race. */
    public static void backOff(int attempt) {
        long ceiling = Math.min(MAX_CEILING_MS, FIRST_CEILING_MS << Math.min(attempt - 1, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
