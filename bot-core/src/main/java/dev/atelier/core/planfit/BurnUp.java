package dev.atelier.core.planfit;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Logged hours against estimates, milestone by milestone in plan order: the hours planned up to each
 * milestone (its estimate and those before it), and the intern's hours logged by the time it was approved
 * (for the first milestone not approved yet: logged so far).
 */
public record BurnUp(List<Row> rows, long estimated, long logged) {

    /**
     * One milestone: its estimate, the minutes planned up to it, and the minutes logged by its approval
     * ({@code -1} for milestones after the current one).
     */
    public record Row(long number, boolean approved, long estimate, long planned, long logged) {

        /** {@code M1 ✅ 10 h planned, 12 h logged}. */
        public String text() {
            return "M" + number + (approved ? " ✅ " : " ") + Estimates.hours(planned) + " planned"
                    + (logged < 0 ? "" : ", " + Estimates.hours(logged) + " logged" + (approved ? "" : " so far"));
        }
    }

    public static BurnUp of(Internship i, Map<Long, Long> estimates) {
        String intern = i.data().intern().id();
        List<HoursEntry> entries =
                i.hours().stream().filter(h -> h.memberId().equals(intern)).toList();
        long total = entries.stream().mapToLong(HoursEntry::minutes).sum();
        List<Row> rows = new ArrayList<>();
        long planned = 0;
        boolean current = true;
        for (Milestone m : i.milestones()) {
            long estimate = estimates.getOrDefault(m.number(), 0L);
            planned += estimate;
            boolean approved = m.status() == MilestoneStatus.APPROVED && m.latestReview() != null;
            long logged = -1;
            if (approved) {
                Instant at = m.latestReview().at();
                logged = entries.stream()
                        .filter(h -> !h.at().isAfter(at))
                        .mapToLong(HoursEntry::minutes)
                        .sum();
            } else if (current) {
                logged = total;
                current = false;
            }
            rows.add(new Row(m.number(), approved, estimate, planned, logged));
        }
        return new BurnUp(rows, planned, total);
    }

    /** Nothing to show: no estimates and no hours. */
    public boolean empty() {
        return estimated == 0 && logged == 0;
    }

    /** {@code ⏱️ 12 h logged of 40 h estimated · M1 ✅ 10 h planned, 12 h logged · M2 25 h planned, …}. */
    public String line() {
        return "⏱️ " + Estimates.hours(logged) + " logged of " + Estimates.hours(estimated) + " estimated"
                + (rows.isEmpty() ? "" : " · " + rows.stream().map(Row::text).collect(Collectors.joining(" · ")));
    }
}
