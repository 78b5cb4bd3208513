package dev.atelier.app.console;

import java.time.Duration;
import java.time.Instant;

/** Moves the console's clock forward, so what the bot does later (reminders, missed check-ins) can be seen now. */
@FunctionalInterface
public interface ClockHand {

    /** Moves the clock forward by {@code by}; @return the new time. */
    Instant move(Duration by);
}
