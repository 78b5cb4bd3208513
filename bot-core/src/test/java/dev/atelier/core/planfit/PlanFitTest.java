package dev.atelier.core.planfit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.away.AwayDays;
import dev.atelier.core.away.AwayPeriod;
import dev.atelier.core.away.Holiday;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan-fit arithmetic: days in the intern's zone, working window, quiet hours, days away. */
class PlanFitTest {

    static final Instant NOW = Instant.parse("2026-11-23T14:30:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static WorkWeek week(int weekly, Integer from, Integer to, AwayDays off) {
        return new WorkWeek(weekly, from, to, 22, 8, off);
    }

    @Test
    void theSameInstantLeavesADifferentPartOfTodayInEachZone() {
        WorkWeek w = week(14, null, null, AwayDays.NONE);
        ZonedDateTime tokyo = NOW.atZone(ZoneId.of("Asia/Tokyo"));
        ZonedDateTime angeles = NOW.atZone(ZoneId.of("America/Los_Angeles"));
        assertThat(tokyo.toLocalDate()).isEqualTo(MONDAY);
        assertThat(w.minutesOn(MONDAY, tokyo))
                .as("23:30 in Tokyo: quiet until the day ends")
                .isZero();
        assertThat(angeles.toLocalDate()).isEqualTo(MONDAY);
        assertThat(w.minutesOn(MONDAY, angeles))
                .as("06:30 in Los Angeles: a whole day's share ahead")
                .isEqualTo(120);
        assertThat(w.minutesUntil(MONDAY.plusDays(2), tokyo)).isEqualTo(240);
        assertThat(w.minutesUntil(MONDAY.plusDays(2), angeles)).isEqualTo(360);
    }

    @Test
    void theWorkingWindowAndQuietHoursCapADay() {
        ZonedDateTime morning = MONDAY.atTime(0, 0).atZone(ZoneId.of("UTC"));
        assertThat(week(70, 9, 17, AwayDays.NONE).minutesOn(MONDAY, morning))
                .as("8 h window, 10 h share")
                .isEqualTo(480);
        assertThat(week(70, 20, 2, AwayDays.NONE).minutesOn(MONDAY, morning))
                .as("20-2 minus quiet 22-8")
                .isEqualTo(120);
        assertThat(week(70, 20, 2, AwayDays.NONE)
                        .minutesOn(MONDAY, MONDAY.atTime(21, 15).atZone(ZoneId.of("UTC"))))
                .as("three quarters of an hour left")
                .isEqualTo(45);
    }

    @Test
    void daysAwayAndHolidaysHaveNoTime() {
        AwayDays off = new AwayDays(
                List.of(new AwayPeriod(MONDAY.plusDays(1), MONDAY.plusDays(2), null)),
                List.of(new Holiday(MONDAY.plusDays(4), "Staff day")));
        ZonedDateTime morning = MONDAY.atTime(8, 0).atZone(ZoneId.of("Europe/Paris"));
        assertThat(week(7, null, null, off).minutesUntil(MONDAY.plusDays(6), morning))
                .isEqualTo(4 * 60);
    }

    @Test
    void aPlanThatDoesNotFitNamesWhatItNeedsAndDatesThatFit() {
        ZonedDateTime morning = MONDAY.atTime(8, 0).atZone(ZoneId.of("Europe/Paris"));
        WorkWeek w = week(7, null, null, AwayDays.NONE);
        List<PlanFit.Step> steps = List.of(
                new PlanFit.Step(1, "M1", MONDAY.plusDays(2), 120),
                new PlanFit.Step(2, "M2", MONDAY.plusDays(6), 6 * 60),
                new PlanFit.Step(3, "M3", MONDAY.plusDays(6), 120));
        PlanFit.Misfit misfit = PlanFit.check(steps, w, morning).orElseThrow();
        assertThat(misfit.by()).isEqualTo(MONDAY.plusDays(6));
        assertThat(misfit.needed()).isEqualTo(10 * 60);
        assertThat(misfit.available()).isEqualTo(7 * 60);
        assertThat(misfit.moves())
                .extracting(m -> m.step().number(), PlanFit.Move::fits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, MONDAY.plusDays(7)),
                        org.assertj.core.groups.Tuple.tuple(3L, MONDAY.plusDays(9)));
        assertThat(misfit.text("you have", 7, "Europe/Paris").markup())
                .contains(
                        "M1, M2, M3 need 10 h by 2026-11-29",
                        "(week of 2026-11-23); you have 7 h until then",
                        "`milestone edit 3 due:2026-12-02`");
        assertThat(PlanFit.check(List.of(new PlanFit.Step(1, "M1", MONDAY.plusDays(6), 7 * 60)), w, morning))
                .as("exactly enough")
                .isEmpty();
    }

    @Test
    void milestonesWithoutAnEstimateShareTheTasksHoursLeft() {
        List<Milestone> ms = List.of(
                new Milestone(1, "A", null, null, MilestoneStatus.PLANNED, List.of(), List.of(), 10),
                new Milestone(2, "B", null, null, MilestoneStatus.PLANNED, List.of(), List.of()),
                new Milestone(3, "C", null, null, MilestoneStatus.PLANNED, List.of(), List.of()));
        assertThat(Estimates.of(ms, 40))
                .containsEntry(1L, 600L)
                .containsEntry(2L, 900L)
                .containsEntry(3L, 900L);
        assertThat(Estimates.of(ms, null)).containsOnlyKeys(1L);
        assertThat(Estimates.hours(90)).isEqualTo("1.5 h");
    }
}
