package dev.atelier.core.away;

import java.time.LocalDate;

/** Days a member is away, both inclusive, in the member's own time zone; the note is optional. */
public record AwayPeriod(LocalDate from, LocalDate to, String note) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** {@code 2026-12-01 – 2026-12-10 (conference)}. */
    public String label() {
        return from + " – " + to + (note == null || note.isBlank() ? "" : " (" + note + ")");
    }
}
