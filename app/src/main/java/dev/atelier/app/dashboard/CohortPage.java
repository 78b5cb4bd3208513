package dev.atelier.app.dashboard;

import java.util.List;

/** One cohort: its pairs as a sortable, filterable table, its charts and its exports. */
record CohortPage(
        String name,
        String status,
        String dates,
        CohortFilter filter,
        List<Column> columns,
        List<PairRow> rows,
        int allPairs,
        List<Chart> charts,
        String pairsCsv,
        String eventsCsv,
        String clearFilters) {

    /** A sortable column header: its label, the link that sorts by it, and its aria-sort state. */
    record Column(String label, String href, String ariaSort) {}
}
