package dev.atelier.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The console's clock: the system's time (to the millisecond, what MongoDB keeps) plus however far
 * {@code clock +2d} moved it. Only the console has it; a running Atelier uses the real time.
 */
public final class ConsoleClock extends Clock implements ClockHand {

    private final Clock base;
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    public ConsoleClock() {
        this(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)));
    }

    ConsoleClock(Clock base) {
        this.base = base;
    }

    @Override
    public Instant move(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the console's clock only moves forward");
        }
        ahead.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : Clock.offset(base.withZone(zone), ahead.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead.get());
    }
}
