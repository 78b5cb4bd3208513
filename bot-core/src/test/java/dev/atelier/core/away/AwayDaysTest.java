package dev.atelier.core.away;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days off: periods and holidays join into one stretch; the return is the first working day after. */
class AwayDaysTest {

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    final AwayDays days = new AwayDays(
            List.of(
                    new AwayPeriod(d("2026-12-21"), d("2026-12-24"), "break"),
                    new AwayPeriod(d("2026-12-26"), d("2026-12-27"), null)),
            List.of(new Holiday(d("2026-12-25"), "Xmas")));

    @Test
    void adjoiningPeriodsAndAHolidayMakeOneStretch() {
        assertThat(days.stretchEnd(d("2026-12-21"))).contains(d("2026-12-27"));
        assertThat(days.stretchEnd(d("2026-12-25"))).contains(d("2026-12-27"));
        assertThat(days.stretchEnd(d("2026-12-20"))).isEmpty();
        assertThat(days.stretchEnd(d("2026-12-28"))).isEmpty();
    }

    @Test
    void theLastReturnIsTheDayAfterTheLatestDaysOffThatEnded() {
        assertThat(days.lastReturn(d("2026-12-21"))).isEmpty();
        assertThat(days.lastReturn(d("2026-12-25"))).contains(d("2026-12-25"));
        assertThat(days.lastReturn(d("2027-01-10"))).contains(d("2026-12-28"));
    }
}
