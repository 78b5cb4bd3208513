package dev.atelier.core.clock.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A milestone due on a date is due by the end of that day in the intern's time zone. */
final class Deadlines {

    private Deadlines() {}

    static Instant endOf(LocalDate due, ZoneId zone) {
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
