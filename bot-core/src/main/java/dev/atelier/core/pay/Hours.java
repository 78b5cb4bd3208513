package dev.atelier.core.pay;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hours as people type them ({@code 1.5}, {@code 2}, {@code 1h30}, {@code 45m}) and as we show them, kept in minutes. */
public final class Hours {

    /** More than a day in one entry is a typo, not work. */
    public static final int MAX_MINUTES_PER_ENTRY = 24 * 60;

    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*(?:h|hrs?|hours?)?");
    private static final Pattern CLOCK =
            Pattern.compile("(?:(\\d{1,4})\\s*h)?\\s*(?:(\\d{1,4})\\s*(?:m|min|mins|minutes?)?)?");

    private Hours() {}

    /** Minutes for a typed amount; decimal hours are rounded to the nearest minute. */
    public static int parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("-")) {
            throw new Rejected(Text.builder()
                    .plain("Hours cannot be negative. To correct an entry, use ")
                    .command(CommandHint.of("hours fix").placeholder("entry").placeholder("hours"))
                    .plain(" or ")
                    .command(CommandHint.of("hours remove").placeholder("entry"))
                    .plain(".")
                    .build());
        }
        int minutes;
        Matcher decimal = DECIMAL.matcher(t);
        Matcher clock = CLOCK.matcher(t);
        if (decimal.matches()) {
            minutes = new BigDecimal(decimal.group(1).replace(',', '.'))
                    .multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP)
                    .intValueExact();
        } else if (!t.isEmpty() && clock.matches() && (clock.group(1) != null || clock.group(2) != null)) {
            if (clock.group(1) != null && clock.group(2) != null && Integer.parseInt(clock.group(2)) >= 60) {
                throw new Rejected(Text.builder()
                        .user(text.strip())
                        .plain(" has " + clock.group(2) + " minutes after the hours; "
                                + "minutes there go up to 59, such as ")
                        .code("1h30")
                        .plain(".")
                        .build());
            }
            minutes = (clock.group(1) == null ? 0 : Integer.parseInt(clock.group(1)) * 60)
                    + (clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2)));
        } else {
            throw new Rejected(Text.builder()
                    .plain("Hours are a number such as ")
                    .code("1.5")
                    .plain(", ")
                    .code("2")
                    .plain(" or ")
                    .code("1h30")
                    .plain(", not ")
                    .user(text)
                    .plain(".")
                    .build());
        }
        if (minutes <= 0) {
            throw new Rejected(Text.builder()
                    .plain("Log at least one minute of work; ")
                    .user(text)
                    .plain(" is nothing.")
                    .build());
        }
        if (minutes > MAX_MINUTES_PER_ENTRY) {
            throw new Rejected(Text.builder()
                    .plain("One entry holds at most 24 hours; ")
                    .user(text)
                    .plain(" is more than a day. Log each day " + "separately.")
                    .build());
        }
        return minutes;
    }

    /** {@code 90} minutes is {@code 1.5 h}; {@code 20} is {@code 0.33 h}. */
    public static String format(long minutes) {
        return BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + " h";
    }
}
