package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.List;

/** How well two members (or a pair and a task) fit, in points, and the reasons in words. */
public record PairScore(int points, List<String> reasons) {

    public PairScore {
        reasons = List.copyOf(reasons);
    }

    public PairScore plus(PairScore other) {
        List<String> all = new ArrayList<>(reasons);
        all.addAll(other.reasons);
        return new PairScore(points + other.points, all);
    }

    /** {@code Rails, SQL and testing in common; 5 h overlap}. */
    public String explanation() {
        return reasons.isEmpty() ? "no particular fit, but nothing against it" : String.join("; ", reasons);
    }
}
