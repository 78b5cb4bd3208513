package dev.atelier.core.outbox;

import dev.atelier.core.community.Platform;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * How this instance delivers: its id in claims, how long a lane's claim lives, how many items one visit
 * of a lane and one drain take at most, each platform's pace per channel, the first retry's wait
 * (doubled per attempt up to {@code maxBackoff}), how late a scheduled message may still go out
 * ({@code scheduledExpiry}: check-in prompts, reminders, stall notices; a command's notices and thread
 * posts never expire), and how long finished items are kept.
 */
public record OutboxSettings(
        String instanceId,
        Duration lease,
        int batch,
        int maxPerDrain,
        Map<Platform, PaceRule> lanePace,
        Duration firstBackoff,
        Duration maxBackoff,
        Duration scheduledExpiry,
        Duration retention) {

    /** The kind of a command's notifications: never expires. */
    public static final String NOTICE = "notice";
    /** The kind of a post in a question's thread: never expires. */
    public static final String THREAD = "thread";
    /** The kind of a report to moderators about a channel that is gone: never expires. */
    public static final String REPORT = "delivery-report";

    public OutboxSettings {
        if (instanceId == null
                || instanceId.isBlank()
                || lease.compareTo(Duration.ofSeconds(1)) < 0
                || batch < 1
                || maxPerDrain < 1
                || firstBackoff.isNegative()
                || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("an instance id, lease >= 1 s, batch >= 1, max per drain >= 1, "
                    + "0 <= first backoff <= max backoff");
        }
        lanePace = lanePace.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lanePace));
    }

    /** Unpaced lanes (tests drive the clock by hand), 1 s first backoff up to 5 min, 12 h for scheduled kinds. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(
                "atelier-" + UUID.randomUUID().toString().substring(0, 8),
                Duration.ofMinutes(2),
                50,
                2000,
                Map.of(),
                Duration.ofSeconds(1),
                Duration.ofMinutes(5),
                Duration.ofHours(12),
                Duration.ofDays(1));
    }

    public OutboxSettings withPaces(Map<Platform, PaceRule> paces) {
        return new OutboxSettings(
                instanceId, lease, batch, maxPerDrain, paces, firstBackoff, maxBackoff, scheduledExpiry, retention);
    }

    public OutboxSettings withInstanceId(String id) {
        return new OutboxSettings(
                id, lease, batch, maxPerDrain, lanePace, firstBackoff, maxBackoff, scheduledExpiry, retention);
    }

    public PaceRule paceOf(Platform platform) {
        return lanePace.getOrDefault(platform, PaceRule.UNPACED);
    }

    /** How long an item of {@code kind} may wait: null for notices, thread posts and reports. */
    public Duration expiryOf(String kind) {
        return NOTICE.equals(kind) || THREAD.equals(kind) || REPORT.equals(kind) ? null : scheduledExpiry;
    }

    /** The wait before the retry after {@code attempts} failed attempts: the platform's word, else doubling. */
    public Duration backoff(int attempts, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
        }
        Duration wait = firstBackoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
