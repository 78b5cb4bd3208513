package dev.atelier.core.clock.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.clock.scheduling.QuartzCronClock;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckinScheduleTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    final CronClock cron = new QuartzCronClock();

    Instant next(CheckinSchedule s, ZoneId zone, String after) {
        return s.nextAfter(cron, zone, Instant.parse(after));
    }

    @Test
    void theDefaultIsMondayTenInTheMembersOwnZone() {
        CheckinSchedule s = CheckinSchedule.DEFAULT;
        assertThat(s.cron()).isEqualTo("0 0 10 ? * MON");
        assertThat(next(s, PARIS, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(next(s, ZoneId.of("Asia/Kolkata"), "2026-11-23T10:00:00Z")).isEqualTo("2026-11-30T04:30:00Z");
        assertThat(next(s, ZoneId.of("UTC"), "2026-11-23T09:59:00Z")).isEqualTo("2026-11-23T10:00:00Z");
    }

    @Test
    void localTimeStaysTheSameAcrossDaylightSavingChanges() {
        CheckinSchedule s = CheckinSchedule.DEFAULT;
        // Paris leaves summer time on 2026-10-25 and enters it on 2027-03-28.
        assertThat(next(s, PARIS, "2026-10-19T08:00:00Z")).isEqualTo("2026-10-26T09:00:00Z");
        assertThat(next(s, PARIS, "2026-10-18T12:00:00Z")).isEqualTo("2026-10-19T08:00:00Z");
        assertThat(next(s, PARIS, "2027-03-22T09:00:00Z")).isEqualTo("2027-03-29T08:00:00Z");
        // New York enters summer time on 2027-03-14, two weeks before Europe.
        assertThat(next(s, NEW_YORK, "2027-03-08T15:00:00Z")).isEqualTo("2027-03-15T14:00:00Z");
    }

    @Test
    void aTimeLostToTheSpringChangeFiresOnceThatDay() {
        CheckinSchedule s = CheckinSchedule.DEFAULT.change("sun", "02:30", "none");
        Instant first = next(s, PARIS, "2027-03-27T12:00:00Z");
        assertThat(first).isBetween(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T02:00:00Z"));
        assertThat(next(s, PARIS, first.toString())).isEqualTo("2027-04-04T00:30:00Z");
    }

    @Test
    void aPromptDueInQuietHoursWaitsForTheNextAllowedMinute() {
        CheckinSchedule late = CheckinSchedule.DEFAULT.change("mon", "23:30", "22-8");
        assertThat(next(late, PARIS, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-24T07:00:00Z");
        CheckinSchedule early = CheckinSchedule.DEFAULT.change("mon", "07:15", "22-8");
        assertThat(next(early, PARIS, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-30T07:00:00Z");
        CheckinSchedule lunch = CheckinSchedule.DEFAULT.change("mon", "12:30", "12-14");
        assertThat(next(lunch, NEW_YORK, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-23T19:00:00Z");
        CheckinSchedule none = CheckinSchedule.DEFAULT.change("mon", "23:30", "none");
        assertThat(next(none, PARIS, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-23T22:30:00Z");
    }

    @Test
    void severalDaysAndChangesKeepWhatWasNotNamed() {
        CheckinSchedule s = CheckinSchedule.DEFAULT.change("mon, thu", null, null);
        assertThat(s.cron()).isEqualTo("0 0 10 ? * MON,THU");
        assertThat(s.quietFrom()).isEqualTo(22);
        assertThat(next(s, PARIS, "2026-11-23T10:00:00Z")).isEqualTo("2026-11-26T09:00:00Z");
        assertThat(s.describe()).isEqualTo("Mon, Thu at 10:00 (quiet 22:00–08:00)");
    }

    @Test
    void badInputIsRefusedWithWhatToType() {
        CheckinSchedule s = CheckinSchedule.DEFAULT;
        assertThatThrownBy(() -> s.change("someday", null, null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("`someday` is not a day");
        assertThatThrownBy(() -> s.change(null, "25:00", null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> s.change(null, "9am", null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("hours:minutes");
        assertThatThrownBy(() -> s.change(null, null, "late"))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("`22-8`");
        assertThatThrownBy(() -> s.change(null, null, "22-30"))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("0 to 23");
        assertThatThrownBy(() -> s.change(null, null, null))
                .isInstanceOf(Rejected.class)
                .hasMessageContaining("what to change");
    }
}
