package dev.atelier.core.clock.checkin;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a check-in schedule someone typed, parsed and checked; null parts keep the schedule's.
 * Days, time and quiet hours are independent of each other, so a cohort's default is changed by setting
 * just these parts, and two moderators changing different parts at once both keep their change.
 */
public record ScheduleChange(Set<DayOfWeek> days, LocalTime time, Integer quietFrom, Integer quietTo) {

    /** Refuses no days or quiet hours out of range (each part is checked alone). */
    public ScheduleChange {
        days = days == null ? null : Set.copyOf(days);
        merge(CheckinSchedule.DEFAULT, days, time, quietFrom, quietTo);
    }

    /** What was typed: days such as {@code mon,thu}, a time such as {@code 09:30}, quiet hours such as {@code 22-8}. */
    public static ScheduleChange typed(String dayList, String at, String quiet) {
        if (dayList == null && at == null && quiet == null) {
            throw new Rejected(Text.builder()
                    .plain("Tell me what to change, for example ")
                    .command(CommandHint.of("checkin schedule")
                            .named("days", "mon,thu")
                            .named("time", "09:30")
                            .named("quiet", "22-8"))
                    .plain(".")
                    .build());
        }
        int[] q = quiet == null ? null : quietHours(quiet);
        return new ScheduleChange(
                dayList == null ? null : days(dayList),
                at == null ? null : time(at),
                q == null ? null : q[0],
                q == null ? null : q[1]);
    }

    /** {@code schedule} with these parts changed. */
    public CheckinSchedule applyTo(CheckinSchedule schedule) {
        return merge(schedule, days, time, quietFrom, quietTo);
    }

    /** The fields are not set yet in the compact constructor, so the parts are passed in. */
    private static CheckinSchedule merge(
            CheckinSchedule schedule, Set<DayOfWeek> days, LocalTime time, Integer quietFrom, Integer quietTo) {
        return new CheckinSchedule(
                days == null ? schedule.days() : days,
                time == null ? schedule.time() : time,
                quietFrom == null ? schedule.quietFrom() : quietFrom,
                quietTo == null ? schedule.quietTo() : quietTo);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String word : text.toLowerCase(Locale.ROOT).split("[,\\s]+", -1)) {
            if (word.isEmpty()) {
                continue;
            }
            out.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(word) && word.length() >= 2)
                    .findFirst()
                    .orElseThrow(() -> new Rejected(Text.builder()
                            .code(word)
                            .plain(" is not a day. Use mon, tue, wed, thu, fri, sat, sun, separated by commas.")
                            .build())));
        }
        return out;
    }

    private static LocalTime time(String text) {
        if (!text.strip().matches("\\d{1,2}:\\d{2}")) {
            throw new Rejected(Text.builder()
                    .plain("Give the time as hours:minutes on a 24-hour clock, for example ")
                    .code("09:30")
                    .plain(".")
                    .build());
        }
        String[] parts = text.strip().split(":", -1);
        int h = Integer.parseInt(parts[0]);
        int m = Integer.parseInt(parts[1]);
        if (h > 23 || m > 59) {
            throw new Rejected(Text.builder()
                    .code(text.strip())
                    .plain(" is not a time of day. Use 00:00 to 23:59.")
                    .build());
        }
        return LocalTime.of(h, m);
    }

    private static int[] quietHours(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return new int[] {0, 0};
        }
        if (!t.matches("\\d{1,2}-\\d{1,2}")) {
            throw new Rejected(Text.builder()
                    .plain("Give quiet hours as from-to in whole hours, for example ")
                    .code("22-8")
                    .plain(", or ")
                    .code("none")
                    .plain(".")
                    .build());
        }
        String[] parts = t.split("-", -1);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
