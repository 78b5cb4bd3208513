package dev.atelier.core.matching;

import dev.atelier.core.shared.Plural;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The time interns have for a task: their declared weekly hours (intern id → hours) and the cohort's dates.
 * A task fits an intern when their weekly hours over the weeks left in the cohort (from its start, or today
 * when later, to its end, both included) reach the task's hours. Without weekly hours, task hours or an end
 * date, every task fits.
 */
public record TimeBudget(Map<String, Integer> weeklyHours, LocalDate starts, LocalDate ends) {

    public static final TimeBudget NONE = new TimeBudget(Map.of(), null, null);

    public TimeBudget {
        weeklyHours = Map.copyOf(weeklyHours);
    }

    /** The hours the intern has before the cohort ends, when both are known. */
    public Optional<Double> hoursLeft(String internId, LocalDate today) {
        Integer weekly = weeklyHours.get(internId);
        if (weekly == null || ends == null) {
            return Optional.empty();
        }
        LocalDate from = starts == null || starts.isBefore(today) ? today : starts;
        long days = Math.max(0, ChronoUnit.DAYS.between(from, ends) + 1);
        return Optional.of(weekly * days / 7.0);
    }

    public boolean fits(String internId, OpenTask task, LocalDate today) {
        return task.hours() <= 0
                || hoursLeft(internId, today).map(h -> h + 1e-9 >= task.hours()).orElse(true);
    }

    /** Why the task's hours fit: "40 h fit in the 48 h alice has before 2026-12-20 (8 h a week)". */
    public Optional<String> reason(String internId, OpenTask task, LocalDate today) {
        Integer weekly = weeklyHours.get(internId);
        if (weekly == null || task.hours() <= 0) {
            return Optional.empty();
        }
        return Optional.of(hoursLeft(internId, today)
                .map(h -> "task #" + task.number() + "'s " + task.hours()
                        + " h fit in the " + Math.round(Math.floor(h)) + " h the intern has before the cohort ends on "
                        + ends
                        + " (" + weekly + " h a week)")
                .orElse("task #" + task.number() + "'s " + task.hours() + " h take about "
                        + Plural.of((task.hours() + weekly - 1) / weekly, "week") + " at the intern's " + weekly
                        + " h a week"));
    }
}
