package dev.atelier.core.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast one channel may be sent to: {@code perSecond} on average, in bursts of at most {@code burst}.
 * With {@code perSecond} 0 a lane is unpaced. Reads the business clock, so tests move time by hand.
 */
public record PaceRule(double perSecond, int burst) {

    public static final PaceRule UNPACED = new PaceRule(0, 1);

    public PaceRule {
        if (perSecond < 0 || burst < 1) {
            throw new IllegalArgumentException("a pace needs perSecond >= 0 and burst >= 1");
        }
    }

    /** When the lane may send next: now, or when its bucket has a whole token again. */
    public Instant readyAt(Pace pace, Instant now) {
        if (perSecond == 0) {
            return now;
        }
        double tokens = tokens(pace, now);
        if (tokens >= 1) {
            return now;
        }
        return now.plusNanos((long) Math.ceil((1 - tokens) * 1_000_000_000L / perSecond));
    }

    /** The bucket after one send at {@code now}. */
    public Pace take(Pace pace, Instant now) {
        if (perSecond == 0) {
            return pace;
        }
        return new Pace(tokens(pace, now) - 1, now);
    }

    private double tokens(Pace pace, Instant now) {
        if (pace == null) {
            return burst;
        }
        double elapsed = Math.max(0, Duration.between(pace.at(), now).toNanos()) / 1e9;
        return Math.min(burst, pace.tokens() + elapsed * perSecond);
    }
}
