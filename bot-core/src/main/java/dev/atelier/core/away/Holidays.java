package dev.atelier.core.away;

import java.util.List;

/**
 * A community's holidays as stored, earliest first, with the version they were read at (null when none were
 * stored yet): of two moderators declaring holidays at once, the second save is refused and tried again on
 * what the first left, so neither holiday is lost.
 */
public record Holidays(List<Holiday> days, Long version) {

    public static final Holidays NONE = new Holidays(List.of(), null);

    public Holidays {
        days = List.copyOf(days);
    }

    /** These holidays replaced by {@code holidays}, to be saved over the version read. */
    public Holidays with(List<Holiday> holidays) {
        return new Holidays(holidays, version);
    }
}
