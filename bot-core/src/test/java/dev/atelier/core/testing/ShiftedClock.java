package dev.atelier.core.testing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The core's clock in tests that run against real platforms or their stand-ins: real time (JDA and the stand-in keep theirs) moved forward by
 * hand, so the check-in rounds can fall due without sleeping.
 */
public final class ShiftedClock extends Clock {

    private final Clock real = Clock.systemUTC();
    private volatile Duration shift = Duration.ZERO;

    /** Moves the clock on to the next {@code day} at {@code time} UTC, at least a minute from now. */
    public void moveTo(DayOfWeek day, LocalTime time) {
        ZonedDateTime now = instant().atZone(ZoneOffset.UTC).plusMinutes(1);
        ZonedDateTime next = now.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (next.isBefore(now)) {
            next = next.plusWeeks(1);
        }
        shift = shift.plus(Duration.between(now.minusMinutes(1), next));
    }

    /** Moves the clock on by {@code by}. */
    public void advance(Duration by) {
        shift = shift.plus(by);
    }

    /** Back to real time. */
    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return real.instant().plus(shift);
    }
}
