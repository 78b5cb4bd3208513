package dev.atelier.core.clock.checkin;

import java.time.Instant;
import java.time.ZoneId;

/** Port: the next time a cron expression fires after an instant, read in a time zone. */
public interface CronClock {

    /** The first firing strictly after {@code after}, or null when the expression never fires again. */
    Instant nextAfter(String cron, ZoneId zone, Instant after);
}
