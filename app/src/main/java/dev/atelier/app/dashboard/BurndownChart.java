package dev.atelier.app.dashboard;

import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.shared.Plural;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Milestones left over time against their due dates: "due" counts those whose due date has not
 * passed yet (so it shows where the plan should be), "open" those not yet approved (where it is).
 */
final class BurndownChart {

    private static final int MAX_POINTS = 40;

    private final List<Milestone> milestones = new ArrayList<>();
    private final ZoneId zone;
    private LocalDate start;

    BurndownChart(ZoneId zone) {
        this.zone = zone;
    }

    BurndownChart add(PairFacts pair) {
        pair.internship().milestones().stream()
                .filter(m -> m.status() != MilestoneStatus.PROPOSED)
                .forEach(milestones::add);
        LocalDate began = pair.internship().data().createdAt().atZone(zone).toLocalDate();
        start = start == null || began.isBefore(start) ? began : start;
        return this;
    }

    Chart render(String id, LocalDate today) {
        if (milestones.isEmpty()) {
            return new Chart(
                    "Milestone burndown",
                    "",
                    "No milestones planned yet.",
                    List.of(),
                    List.of(),
                    "No milestones to burn down yet: mentors plan them with `milestone add`.");
        }
        LocalDate end = milestones.stream()
                .map(Milestone::due)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .filter(d -> d.isAfter(today))
                .orElse(today);
        end = end.isAfter(start.plusDays(365)) ? start.plusDays(365) : end;
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        long step = Math.max(1, (days + MAX_POINTS - 1) / MAX_POINTS);
        long top = Svg.niceMax(milestones.size());
        StringBuilder due = new StringBuilder();
        StringBuilder open = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (long d = 0; d <= days; d = d == days ? days + 1 : Math.min(days, d + step)) {
            LocalDate day = start.plusDays(d);
            double x = Svg.LEFT + (double) Svg.plotWidth() * d / days;
            long dueLeft = milestones.stream()
                    .filter(m -> m.due() == null || m.due().isAfter(day))
                    .count();
            point(due, x, Svg.y(dueLeft, top));
            String openText = "";
            if (!day.isAfter(today)) {
                long openLeft =
                        milestones.stream().filter(m -> !approvedBy(m, day)).count();
                point(open, x, Svg.y(openLeft, top));
                openText = Long.toString(openLeft);
            }
            rows.add(List.of(day.toString(), Long.toString(dueLeft), openText));
        }
        long openNow = milestones.stream()
                .filter(m -> m.status() != MilestoneStatus.APPROVED)
                .count();
        long overdue = milestones.stream()
                .filter(m -> m.status() != MilestoneStatus.APPROVED
                        && m.due() != null
                        && m.due().isBefore(today))
                .count();
        String summary = Plural.of(milestones.size(), "milestone") + " planned, " + openNow + " not approved yet, "
                + overdue + " of them past their due date.";
        Svg svg = new Svg(id, "Milestone burndown", summary)
                .axes(top, 4)
                .legend(new String[] {"Due left", "Open"}, new String[] {"s3", "s1"});
        svg.polyline(due.toString().strip(), "ideal").polyline(open.toString().strip(), "actual");
        svg.text(Svg.LEFT, Svg.HEIGHT - 22, "start", start.toString())
                .text(Svg.WIDTH - Svg.RIGHT, Svg.HEIGHT - 22, "end", end.toString());
        double todayX =
                Svg.LEFT + (double) Svg.plotWidth() * Math.min(days, ChronoUnit.DAYS.between(start, today)) / days;
        svg.line(todayX, Svg.TOP, todayX, Svg.TOP + Svg.plotHeight(), "today")
                .text(todayX, Svg.HEIGHT - 4, "middle", "today");
        return new Chart(
                "Milestone burndown", svg.end(), summary, List.of("Day", "Not yet due", "Not approved"), rows, "");
    }

    private boolean approvedBy(Milestone m, LocalDate day) {
        return m.reviews().stream()
                .filter(r -> r.verdict() == Verdict.APPROVE)
                .map(Review::at)
                .anyMatch(at -> !at.atZone(zone).toLocalDate().isAfter(day));
    }

    private static void point(StringBuilder points, double x, double y) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
}
