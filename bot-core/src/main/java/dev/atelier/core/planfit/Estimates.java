package dev.atelier.core.planfit;

import dev.atelier.core.internship.Milestone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each milestone's estimate in minutes: its own, or an even share of the task's hours left after the
 * milestones that have their own. Milestones get none when neither exists.
 */
public final class Estimates {

    private Estimates() {}

    /** Milestone number → estimated minutes, in the plan's order; absent when there is no estimate. */
    public static Map<Long, Long> of(List<Milestone> milestones, Integer taskHours) {
        Map<Long, Long> minutes = new LinkedHashMap<>();
        long own = milestones.stream()
                .filter(m -> m.estimateHours() != null)
                .mapToLong(m -> m.estimateHours() * 60L)
                .sum();
        long without =
                milestones.stream().filter(m -> m.estimateHours() == null).count();
        long share = taskHours == null || without == 0 ? 0 : Math.max(0, taskHours * 60L - own) / without;
        for (Milestone m : milestones) {
            if (m.estimateHours() != null) {
                minutes.put(m.number(), m.estimateHours() * 60L);
            } else if (share > 0) {
                minutes.put(m.number(), share);
            }
        }
        return minutes;
    }

    /** {@code 12 h}, {@code 13.5 h}: minutes as hours with at most one decimal. */
    public static String hours(long minutes) {
        long tenths = Math.round(minutes / 6.0);
        return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + " h";
    }
}
