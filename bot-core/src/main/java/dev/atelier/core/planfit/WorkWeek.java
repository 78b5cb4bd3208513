package dev.atelier.core.planfit;

import dev.atelier.core.away.AwayDays;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * The time an intern has for the internship, day by day in their own zone: their weekly hours spread over
 * the seven days, at most the hours of their working window (all day without one) outside their quiet
 * hours, nothing on days away or holidays. On the current day only what is left of it counts.
 *
 * @param fromHour start of the working window (null: none), {@code toHour} its end; it may wrap past midnight
 * @param quietFrom start of the quiet hours, {@code quietTo} their end; equal hours mean none
 */
public record WorkWeek(
        int weeklyHours, Integer fromHour, Integer toHour, int quietFrom, int quietTo, AwayDays daysOff) {

    /** Minutes available on {@code day}, counting only what is after {@code now} (in the intern's zone). */
    public long minutesOn(LocalDate day, ZonedDateTime now) {
        if (daysOff.covers(day) || day.isBefore(now.toLocalDate())) {
            return 0;
        }
        long share = weeklyHours * 60L / 7;
        double open = 0;
        for (int h = 0; h < 24; h++) {
            if (inWindow(h) && !quiet(h)) {
                open += day.equals(now.toLocalDate()) ? leftOfHour(h, now) : 1;
            }
        }
        return Math.min(share, Math.round(open * 60));
    }

    /** Minutes available from {@code now} to the end of {@code last} (both in the intern's zone). */
    public long minutesUntil(LocalDate last, ZonedDateTime now) {
        long sum = 0;
        for (LocalDate d = now.toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            sum += minutesOn(d, now);
        }
        return sum;
    }

    private static double leftOfHour(int h, ZonedDateTime now) {
        if (h < now.getHour()) {
            return 0;
        }
        return h > now.getHour() ? 1 : (60 - now.getMinute()) / 60.0;
    }

    private boolean inWindow(int h) {
        if (fromHour == null || toHour == null || fromHour.equals(toHour)) {
            return true;
        }
        return fromHour < toHour ? h >= fromHour && h < toHour : h >= fromHour || h < toHour;
    }

    private boolean quiet(int h) {
        if (quietFrom == quietTo) {
            return false;
        }
        return quietFrom < quietTo ? h >= quietFrom && h < quietTo : h >= quietFrom || h < quietTo;
    }
}
