package dev.atelier.app.dashboard;

import java.util.List;

/**
 * A chart drawn on the server: its SVG (already escaped, shown as is), a one-sentence summary for
 * screen readers and captions, and the same figures as a table for those who prefer numbers.
 * {@code empty} says what to do when there is nothing to draw yet.
 */
record Chart(String title, String svg, String summary, List<String> headers, List<List<String>> rows, String empty) {

    public boolean hasData() {
        return !rows.isEmpty();
    }
}
