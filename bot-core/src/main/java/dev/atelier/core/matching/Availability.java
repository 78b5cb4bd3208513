package dev.atelier.core.matching;

/**
 * The hours of the day, in UTC, someone works: bit {@code h} of {@code utcHours} is set when they
 * work during UTC hour {@code h}. {@link #UNKNOWN} when they stated no time zone or hours.
 */
public record Availability(int utcHours) {

    public static final Availability UNKNOWN = new Availability(0);

    /** Local hours {@code from}–{@code to} (0–24, may wrap past midnight) at a UTC offset in hours. */
    public static Availability of(int from, int to, int offsetMinutes) {
        int mask = 0;
        int length = Math.floorMod(to - from, 24);
        length = length == 0 ? 24 : length;
        for (int h = 0; h < length; h++) {
            int local = (from + h) % 24;
            int utc = Math.floorMod(local * 60 - offsetMinutes, 24 * 60) / 60;
            mask |= 1 << utc;
        }
        return new Availability(mask);
    }

    public boolean known() {
        return utcHours != 0;
    }

    /** Hours a day both work, across their time zones. */
    public int overlap(Availability other) {
        return Integer.bitCount(utcHours & other.utcHours);
    }
}
