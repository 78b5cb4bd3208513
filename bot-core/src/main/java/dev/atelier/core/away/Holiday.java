package dev.atelier.core.away;

import java.time.LocalDate;

/** A day off for everyone in a community, in each member's own time zone; the name is optional. */
public record Holiday(LocalDate date, String name) {

    public String label() {
        return date + (name == null || name.isBlank() ? "" : " " + name);
    }
}
