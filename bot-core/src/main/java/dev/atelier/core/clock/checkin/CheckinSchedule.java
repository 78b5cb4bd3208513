package dev.atelier.core.clock.checkin;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When an intern is asked to check in: on {@code days} at {@code time}, local to their zone, never in
 * the quiet hours from {@code quietFrom} to {@code quietTo} (whole hours, may wrap past midnight;
 * equal hours mean no quiet hours).
 */
public record CheckinSchedule(Set<DayOfWeek> days, LocalTime time, int quietFrom, int quietTo) {

    /** The default for every new internship: weekly on Monday at 10:00, quiet from 22:00 to 08:00. */
    public static final CheckinSchedule DEFAULT =
            new CheckinSchedule(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), 22, 8);

    public CheckinSchedule {
        if (days.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("Name at least one day, for example ")
                    .code("mon,thu")
                    .plain(".")
                    .build());
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        time = time.withSecond(0).withNano(0);
        if (quietFrom < 0 || quietFrom > 23 || quietTo < 0 || quietTo > 23) {
            throw new Rejected(Text.builder()
                    .plain("Quiet hours are whole hours from 0 to 23, for example ")
                    .code("22-8")
                    .plain(".")
                    .build());
        }
    }

    /** A schedule from what the intern typed; null parts keep this schedule's. */
    public CheckinSchedule change(String dayList, String at, String quiet) {
        return ScheduleChange.typed(dayList, at, quiet).applyTo(this);
    }

    /** The Quartz cron expression: seconds, minutes, hours, day of month, month, days of week. */
    public String cron() {
        String names = EnumSet.copyOf(days).stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(","));
        return "0 " + time.getMinute() + " " + time.getHour() + " ? * " + names;
    }

    public boolean isQuiet(int hour) {
        if (quietFrom == quietTo) {
            return false;
        }
        return quietFrom < quietTo ? hour >= quietFrom && hour < quietTo : hour >= quietFrom || hour < quietTo;
    }

    /** {@code due} itself, or the first minute after the quiet hours it falls in. */
    public ZonedDateTime outsideQuietHours(ZonedDateTime due) {
        if (!isQuiet(due.getHour())) {
            return due;
        }
        ZonedDateTime end = due.toLocalDate().atTime(quietTo, 0).atZone(due.getZone());
        return end.isAfter(due)
                ? end
                : due.toLocalDate().plusDays(1).atTime(quietTo, 0).atZone(due.getZone());
    }

    /**
     * The next prompt after {@code after}: the cron firing in {@code zone}, moved out of quiet hours.
     * A time the spring daylight-saving change skips still prompts that day, shifted by the gap, where
     * cron alone would skip the whole occurrence.
     */
    public Instant nextAfter(CronClock cronClock, ZoneId zone, Instant after) {
        Instant fires = cronClock.nextAfter(cron(), zone, after);
        if (fires == null) {
            return null;
        }
        Instant skipped = skippedByGap(zone, after, fires);
        return outsideQuietHours((skipped == null ? fires : skipped).atZone(zone))
                .toInstant();
    }

    private Instant skippedByGap(ZoneId zone, Instant after, Instant fires) {
        LocalDate last = fires.atZone(zone).toLocalDate();
        for (LocalDate d = after.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            LocalDateTime local = d.atTime(time);
            if (days.contains(d.getDayOfWeek())
                    && zone.getRules().getValidOffsets(local).isEmpty()) {
                Instant shifted = ZonedDateTime.of(local, zone).toInstant();
                if (shifted.isAfter(after) && shifted.isBefore(fires)) {
                    return shifted;
                }
            }
        }
        return null;
    }

    public String describe() {
        String names = EnumSet.copyOf(days).stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        String quiet =
                quietFrom == quietTo ? "no quiet hours" : String.format("quiet %02d:00–%02d:00", quietFrom, quietTo);
        return names + " at " + time + " (" + quiet + ")";
    }
}
