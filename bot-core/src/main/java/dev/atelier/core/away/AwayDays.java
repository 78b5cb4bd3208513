package dev.atelier.core.away;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The days one member does not work: their away periods and their community's holidays. */
public record AwayDays(List<AwayPeriod> periods, List<Holiday> holidays) {

    /** No stretch of days off is followed further than this (periods are at most a year long). */
    private static final int LONGEST_STRETCH = 800;

    public static final AwayDays NONE = new AwayDays(List.of(), List.of());

    public AwayDays {
        periods = List.copyOf(periods);
        holidays = List.copyOf(holidays);
    }

    public boolean covers(LocalDate day) {
        return periods.stream().anyMatch(p -> p.covers(day))
                || holidays.stream().anyMatch(h -> h.date().equals(day));
    }

    /** When {@code day} is a day off: the last day of the run of days off it belongs to. */
    public Optional<LocalDate> stretchEnd(LocalDate day) {
        if (!covers(day)) {
            return Optional.empty();
        }
        LocalDate last = day;
        for (int i = 0; i < LONGEST_STRETCH && covers(last.plusDays(1)); i++) {
            last = last.plusDays(1);
        }
        return Optional.of(last);
    }

    /** The first working day after the latest days off that ended before {@code today}, if any. */
    public Optional<LocalDate> lastReturn(LocalDate today) {
        return Stream.concat(
                        periods.stream().map(AwayPeriod::to), holidays.stream().map(Holiday::date))
                .filter(d -> d.isBefore(today))
                .max(LocalDate::compareTo)
                .map(d -> d.plusDays(1));
    }

    /** The away periods that are not over on {@code today}. */
    public List<AwayPeriod> current(LocalDate today) {
        return periods.stream().filter(p -> !p.to().isBefore(today)).toList();
    }
}
