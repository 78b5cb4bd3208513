package dev.atelier.core.matching;

import java.util.List;

/** The exact reference for small cases: tries every assignment; most placed first, then highest weight. */
final class BruteForceSolver implements AssignmentSolver {

    private int bestCount;
    private long bestWeight;
    private int[] best;

    @Override
    public int[] assign(int left, int[] capacities, List<Edge> edges) {
        bestCount = -1;
        bestWeight = -1;
        best = new int[left];
        search(0, left, capacities.clone(), edges, new int[left], 0, 0);
        return best;
    }

    private void search(int i, int left, int[] free, List<Edge> edges, int[] current, int count, long weight) {
        if (i == left) {
            if (count > bestCount || (count == bestCount && weight > bestWeight)) {
                bestCount = count;
                bestWeight = weight;
                best = current.clone();
            }
            return;
        }
        current[i] = -1;
        search(i + 1, left, free, edges, current, count, weight);
        for (Edge e : edges) {
            if (e.left() == i && free[e.right()] > 0) {
                free[e.right()]--;
                current[i] = e.right();
                search(i + 1, left, free, edges, current, count + 1, weight + e.weight());
                free[e.right()]++;
            }
        }
        current[i] = -1;
    }

    static long weight(int[] assignment, List<Edge> edges) {
        long total = 0;
        for (Edge e : edges) {
            if (assignment[e.left()] == e.right()) {
                total += e.weight();
            }
        }
        return total;
    }

    static int placed(int[] assignment) {
        int n = 0;
        for (int a : assignment) {
            n += a >= 0 ? 1 : 0;
        }
        return n;
    }
}
