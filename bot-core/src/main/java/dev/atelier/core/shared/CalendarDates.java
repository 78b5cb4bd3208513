package dev.atelier.core.shared;

import dev.atelier.core.message.Text;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them ({@code 2026-12-01}). A date shaped right that the calendar does not
 * have is refused with what is wrong with it: "February has no 30th", "there is no month 13".
 */
public final class CalendarDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private CalendarDates() {}

    /** The date written {@code YYYY-MM-DD}; empty when the text is not shaped like one. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new Rejected(Text.builder()
                    .plain("There is no month " + month + " in ")
                    .user(text.strip())
                    .plain("; dates are written YYYY-MM-DD, months 01 to 12.")
                    .build());
        }
        Month named = Month.of(month);
        int length = named.length(Year.isLeap(year));
        if (day < 1 || day > length) {
            String monthName = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String which = named == Month.FEBRUARY && day == 29 ? monthName + " " + year : monthName;
            throw new Rejected(Text.builder()
                    .plain("" + which + " has no " + ordinal(day) + " (")
                    .user(text.strip())
                    .plain(").")
                    .build());
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 11th}, {@code 30th}, {@code 31st}. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
