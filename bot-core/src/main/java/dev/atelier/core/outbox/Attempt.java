package dev.atelier.core.outbox;

import java.time.Duration;

/**
 * What one delivery attempt came to: delivered (with the platform's message id when it gives one);
 * try again later ({@code retryAfter} when the platform said how long, {@code unsure} when the call
 * may have reached it); or refused for good: the member blocks DMs ({@code BLOCKED}), the channel or
 * thread is gone ({@code GONE}), anything else ({@code REFUSED}, e.g. a missing permission).
 */
public record Attempt(Result result, String messageId, Duration retryAfter, boolean unsure, String reason) {

    public enum Result {
        DELIVERED,
        RETRY,
        BLOCKED,
        GONE,
        REFUSED
    }

    public static Attempt delivered(String messageId) {
        return new Attempt(Result.DELIVERED, messageId, null, false, null);
    }

    /** The platform asked to wait ({@code retryAfter}, may be null): nothing was posted. */
    public static Attempt rateLimited(Duration retryAfter, String reason) {
        return new Attempt(Result.RETRY, null, retryAfter, false, reason);
    }

    /** A 5xx, a timeout, a lost connection: the message may or may not have been posted. */
    public static Attempt unsure(String reason) {
        return new Attempt(Result.RETRY, null, null, true, reason);
    }

    public static Attempt blocked(String reason) {
        return new Attempt(Result.BLOCKED, null, null, false, reason);
    }

    public static Attempt gone(String reason) {
        return new Attempt(Result.GONE, null, null, false, reason);
    }

    public static Attempt refused(String reason) {
        return new Attempt(Result.REFUSED, null, null, false, reason);
    }

    public boolean delivered() {
        return result == Result.DELIVERED;
    }

    public boolean retry() {
        return result == Result.RETRY;
    }
}
