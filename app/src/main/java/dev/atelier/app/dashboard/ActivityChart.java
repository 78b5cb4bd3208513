package dev.atelier.app.dashboard;

import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.shared.Plural;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Activity per week (Monday, UTC) of a cohort: questions, messages, submissions and reviews, as grouped bars. */
final class ActivityChart {

    static final int MAX_WEEKS = 12;
    private static final String[] SERIES = {"Questions", "Messages", "Submissions", "Reviews"};
    private static final String[] CLASSES = {"s1", "s2", "s3", "s4"};

    private final Map<LocalDate, long[]> weeks = new TreeMap<>();

    /** Adds one pair's activity; {@code messagesByWeek} is already keyed by week. */
    ActivityChart add(PairFacts pair, Map<LocalDate, Long> messagesByWeek) {
        pair.questions().forEach(q -> count(week(q.data().askedAt()), 0, 1));
        messagesByWeek.forEach((week, n) -> count(week, 1, n));
        for (Milestone m : pair.internship().milestones()) {
            for (Submission s : m.submissions()) {
                count(week(s.at()), 2, 1);
            }
            for (Review r : m.reviews()) {
                count(week(r.at()), 3, 1);
            }
        }
        return this;
    }

    static LocalDate week(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void count(LocalDate week, int series, long n) {
        weeks.computeIfAbsent(week, w -> new long[SERIES.length])[series] += n;
    }

    Chart render(String id) {
        List<LocalDate> shown = shownWeeks();
        List<List<String>> rows = new ArrayList<>();
        long max = 0;
        for (LocalDate w : shown) {
            long[] v = weeks.getOrDefault(w, new long[SERIES.length]);
            rows.add(List.of(
                    w.toString(), Long.toString(v[0]), Long.toString(v[1]), Long.toString(v[2]), Long.toString(v[3])));
            for (long x : v) {
                max = Math.max(max, x);
            }
        }
        long top = Svg.niceMax(max);
        String summary = shown.isEmpty()
                ? "No activity yet."
                : "Weekly counts of questions, messages, submissions "
                        + "and reviews for the " + Plural.of(shown.size(), "week") + " from " + shown.get(0)
                        + "; the busiest week had "
                        + max + " of one kind.";
        Svg svg = new Svg(id, "Activity per week", summary).axes(top, 4).legend(SERIES, CLASSES);
        double slot = (double) Svg.plotWidth() / Math.max(1, shown.size());
        double bar = Math.min(18, (slot - 8) / SERIES.length);
        for (int i = 0; i < shown.size(); i++) {
            long[] v = weeks.getOrDefault(shown.get(i), new long[SERIES.length]);
            double x0 = Svg.LEFT + slot * i + (slot - bar * SERIES.length) / 2;
            for (int s = 0; s < SERIES.length; s++) {
                double y = Svg.y(v[s], top);
                svg.rect(
                        x0 + bar * s,
                        y,
                        bar - 1,
                        Svg.TOP + Svg.plotHeight() - y,
                        CLASSES[s],
                        SERIES[s] + ", week of " + shown.get(i) + ": " + v[s]);
            }
            svg.text(
                    Svg.LEFT + slot * i + slot / 2,
                    Svg.HEIGHT - 22,
                    "middle",
                    shown.get(i).toString().substring(5));
        }
        svg.text(Svg.LEFT + Svg.plotWidth() / 2.0, Svg.HEIGHT - 4, "middle", "week starting (month-day)");
        return new Chart(
                "Activity per week",
                svg.end(),
                summary,
                List.of("Week of", "Questions", "Messages", "Submissions", "Reviews"),
                rows,
                "No activity yet: it appears once pairs ask questions, talk in their "
                        + "workspace, submit and review milestones.");
    }

    private List<LocalDate> shownWeeks() {
        if (weeks.isEmpty()) {
            return List.of();
        }
        LocalDate last = ((TreeMap<LocalDate, long[]>) weeks).lastKey();
        LocalDate first = ((TreeMap<LocalDate, long[]>) weeks).firstKey();
        if (first.isBefore(last.minusWeeks(MAX_WEEKS - 1))) {
            first = last.minusWeeks(MAX_WEEKS - 1);
        }
        List<LocalDate> shown = new ArrayList<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            shown.add(w);
        }
        return shown;
    }
}
