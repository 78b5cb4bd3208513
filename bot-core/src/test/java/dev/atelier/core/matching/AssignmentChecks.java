package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random assignment problems and the checks the solver tests share: a valid answer as good as a reference. */
final class AssignmentChecks {

    private AssignmentChecks() {}

    /** {@code right} mentors with 0 to {@code most - 1} places each. */
    static int[] capacities(Random random, int right, int most) {
        int[] capacities = new int[right];
        for (int r = 0; r < right; r++) {
            capacities[r] = random.nextInt(most);
        }
        return capacities;
    }

    /** About {@code (oneIn - 1) / oneIn} of all pairs, each weighing 1 to {@code maxWeight}. */
    static List<AssignmentSolver.Edge> edges(Random random, int left, int right, int oneIn, int maxWeight) {
        List<AssignmentSolver.Edge> edges = new ArrayList<>();
        for (int i = 0; i < left; i++) {
            for (int r = 0; r < right; r++) {
                if (random.nextInt(oneIn) > 0) {
                    edges.add(new AssignmentSolver.Edge(i, r, 1 + random.nextInt(maxWeight)));
                }
            }
        }
        return edges;
    }

    /** {@code solved} is valid and places as many interns, with as much weight, as {@code reference}. */
    static void assertAsGoodAs(
            int round, int[] solved, int[] reference, int[] capacities, List<AssignmentSolver.Edge> edges) {
        assertValid(solved, capacities, edges);
        assertThat(BruteForceSolver.placed(solved))
                .as("round %d placed", round)
                .isEqualTo(BruteForceSolver.placed(reference));
        assertThat(BruteForceSolver.weight(solved, edges))
                .as("round %d weight", round)
                .isEqualTo(BruteForceSolver.weight(reference, edges));
    }

    /** Every placed intern is on an edge, and no mentor gets more interns than places. */
    static void assertValid(int[] solved, int[] capacities, List<AssignmentSolver.Edge> edges) {
        int[] used = new int[capacities.length];
        for (int i = 0; i < solved.length; i++) {
            if (solved[i] >= 0) {
                int r = solved[i];
                int l = i;
                used[r]++;
                assertThat(edges).anyMatch(e -> e.left() == l && e.right() == r);
            }
        }
        for (int r = 0; r < capacities.length; r++) {
            assertThat(used[r]).isLessThanOrEqualTo(capacities[r]);
        }
    }
}
