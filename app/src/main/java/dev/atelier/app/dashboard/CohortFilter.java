package dev.atelier.app.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How a cohort's pairs are sorted and filtered, from plain query parameters: {@code sort} (a column),
 * {@code dir} (asc, desc), {@code status} (an internship status), {@code risk} (yes, no) and
 * {@code q} (words in intern, mentor or task). Anything else is refused as a bad request.
 */
record CohortFilter(String sort, String dir, String status, String risk, String q) {

    static final Map<String, Comparator<PairRow>> COLUMNS = new LinkedHashMap<>();
    static final List<String> STATUSES = List.of("proposed", "active", "completed", "withdrawn", "closed");

    static {
        COLUMNS.put("number", Comparator.comparingLong(PairRow::number));
        COLUMNS.put("intern", Comparator.comparing(r -> r.intern().toLowerCase(Locale.ROOT)));
        COLUMNS.put("mentor", Comparator.comparing(r -> r.mentor().toLowerCase(Locale.ROOT)));
        COLUMNS.put("task", Comparator.comparing(r -> r.task().toLowerCase(Locale.ROOT)));
        COLUMNS.put("progress", Comparator.comparingInt(PairRow::progress));
        COLUMNS.put("activity", Comparator.comparing(PairRow::lastActivityAt));
        COLUMNS.put("questions", Comparator.comparingLong(PairRow::openQuestions));
        COLUMNS.put("missed", Comparator.comparingInt(PairRow::missedInRow));
        COLUMNS.put("risk", Comparator.comparing(PairRow::atRisk));
    }

    static CohortFilter parse(String sort, String dir, String status, String risk, String q) {
        String s = blank(sort) ? "number" : sort;
        String d = blank(dir) ? "asc" : dir;
        if (!COLUMNS.containsKey(s)) {
            throw DashboardProblem.badRequest("Pairs cannot be sorted by “" + sort + "”; pick one of "
                    + String.join(", ", COLUMNS.keySet()) + ".");
        }
        if (!d.equals("asc") && !d.equals("desc")) {
            throw DashboardProblem.badRequest("The sort direction is asc or desc, not “" + dir + "”.");
        }
        if (!blank(status) && !STATUSES.contains(status)) {
            throw DashboardProblem.badRequest(
                    "“" + status + "” is not a status; pick one of " + String.join(", ", STATUSES) + ".");
        }
        if (!blank(risk) && !risk.equals("yes") && !risk.equals("no")) {
            throw DashboardProblem.badRequest("The risk filter is yes or no, not “" + risk + "”.");
        }
        if (q != null && q.length() > 100) {
            throw DashboardProblem.badRequest("Search for at most 100 characters.");
        }
        return new CohortFilter(s, d, blank(status) ? "" : status, blank(risk) ? "" : risk, q == null ? "" : q.strip());
    }

    List<PairRow> apply(List<PairRow> rows) {
        Comparator<PairRow> order = COLUMNS.get(sort);
        order = dir.equals("desc") ? order.reversed() : order;
        return rows.stream()
                .filter(matches())
                .sorted(order.thenComparingLong(PairRow::number))
                .toList();
    }

    private Predicate<PairRow> matches() {
        String words = q.toLowerCase(Locale.ROOT);
        return r -> (status.isEmpty() || r.status().equals(status))
                && (risk.isEmpty() || r.atRisk() == risk.equals("yes"))
                && (words.isEmpty()
                        || (r.intern() + " " + r.mentor() + " " + r.task())
                                .toLowerCase(Locale.ROOT)
                                .contains(words));
    }

    /** The statuses the status filter offers. */
    public List<String> statuses() {
        return STATUSES;
    }

    public boolean filtered() {
        return !status.isEmpty() || !risk.isEmpty() || !q.isEmpty();
    }

    /** The address of this view sorted by {@code column}: toggles the direction when it is already sorted so. */
    String sortedBy(String base, String column) {
        String nextDir = column.equals(sort) && dir.equals("asc") ? "desc" : "asc";
        UriComponentsBuilder b =
                UriComponentsBuilder.newInstance().queryParam("sort", column).queryParam("dir", nextDir);
        if (!status.isEmpty()) {
            b.queryParam("status", status);
        }
        if (!risk.isEmpty()) {
            b.queryParam("risk", risk);
        }
        if (!q.isEmpty()) {
            b.queryParam("q", q);
        }
        return base + b.encode().build().toUriString();
    }

    /** The aria-sort value of a column header. */
    String ariaSort(String column) {
        return !column.equals(sort) ? "none" : dir.equals("asc") ? "ascending" : "descending";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
