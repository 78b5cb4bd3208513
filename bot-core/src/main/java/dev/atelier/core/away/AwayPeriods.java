package dev.atelier.core.away;

import java.util.List;

/**
 * One member's away periods as stored, earliest first, with the version they were read at (null when none
 * were stored yet): a save over a version someone else changed meanwhile is refused, so of two changes made
 * at once neither is lost (the second is tried again on what the first left).
 */
public record AwayPeriods(List<AwayPeriod> list, Long version) {

    public static final AwayPeriods NONE = new AwayPeriods(List.of(), null);

    public AwayPeriods {
        list = List.copyOf(list);
    }

    /** These periods replaced by {@code periods}, to be saved over the version read. */
    public AwayPeriods with(List<AwayPeriod> periods) {
        return new AwayPeriods(periods, version);
    }
}
