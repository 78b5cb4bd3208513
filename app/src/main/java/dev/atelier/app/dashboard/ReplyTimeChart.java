package dev.atelier.app.dashboard;

import dev.atelier.core.shared.Plural;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How long questions waited for their first reply, as a histogram over fixed buckets. */
final class ReplyTimeChart {

    private static final String[] LABELS = {"< 1 h", "1–4 h", "4–12 h", "12–24 h", "1–3 days", "> 3 days"};
    private static final long[] UPPER_HOURS = {1, 4, 12, 24, 72, Long.MAX_VALUE};

    private final long[] counts = new long[LABELS.length];
    private int total;

    ReplyTimeChart add(List<Duration> waits) {
        for (Duration d : waits) {
            int b = 0;
            while (d.toMinutes() >= UPPER_HOURS[b] * 60 && b < LABELS.length - 1) {
                b++;
            }
            counts[b]++;
            total++;
        }
        return this;
    }

    Chart render(String id) {
        long max = 0;
        List<List<String>> rows = new ArrayList<>();
        for (int b = 0; b < LABELS.length; b++) {
            max = Math.max(max, counts[b]);
            if (total > 0) {
                rows.add(List.of(LABELS[b], Long.toString(counts[b])));
            }
        }
        String summary = total == 0
                ? "No question got a reply yet."
                : Plural.of(total, "question") + " got a first reply; " + (counts[0] + counts[1])
                        + " of them within 4 hours.";
        long top = Svg.niceMax(max);
        Svg svg = new Svg(id, "Time to first reply", summary).axes(top, 4);
        double slot = (double) Svg.plotWidth() / LABELS.length;
        for (int b = 0; b < LABELS.length; b++) {
            double y = Svg.y(counts[b], top);
            svg.rect(
                    Svg.LEFT + slot * b + 8,
                    y,
                    slot - 16,
                    Svg.TOP + Svg.plotHeight() - y,
                    "s1",
                    LABELS[b] + ": " + Plural.of(counts[b], "question"));
            svg.text(Svg.LEFT + slot * b + slot / 2, Svg.HEIGHT - 22, "middle", LABELS[b]);
        }
        svg.text(Svg.LEFT + Svg.plotWidth() / 2.0, Svg.HEIGHT - 4, "middle", "time from question to first reply");
        return new Chart(
                "Time to first reply",
                svg.end(),
                summary,
                List.of("Waited", "Questions"),
                rows,
                "No replies to measure yet: interns ask with `ask` in their workspace, and the first reply is timed.");
    }
}
