package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The baseline moderators' tools use: heaviest edge first, take it while both ends are free. */
final class GreedySolver implements AssignmentSolver {

    @Override
    public int[] assign(int left, int[] capacities, List<Edge> edges) {
        int[] result = new int[left];
        Arrays.fill(result, -1);
        int[] free = capacities.clone();
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt(Edge::weight).reversed());
        for (Edge e : sorted) {
            if (result[e.left()] < 0 && free[e.right()] > 0) {
                result[e.left()] = e.right();
                free[e.right()]--;
            }
        }
        return result;
    }
}
