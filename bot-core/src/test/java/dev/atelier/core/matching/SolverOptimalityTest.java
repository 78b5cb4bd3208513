package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SolverOptimalityTest {

    final FlowAssignmentSolver flow = new FlowAssignmentSolver();

    @Test
    void flowSolutionEqualsBruteForceOnRandomSmallCases() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int left = 1 + random.nextInt(6);
            int right = 1 + random.nextInt(4);
            int[] capacities = new int[right];
            for (int r = 0; r < right; r++) {
                capacities[r] = random.nextInt(3);
            }
            List<AssignmentSolver.Edge> edges = new ArrayList<>();
            for (int i = 0; i < left; i++) {
                for (int r = 0; r < right; r++) {
                    if (random.nextInt(4) > 0) {
                        edges.add(new AssignmentSolver.Edge(i, r, 1 + random.nextInt(60)));
                    }
                }
            }
            int[] exact = new BruteForceSolver().assign(left, capacities, edges);
            int[] solved = flow.assign(left, capacities, edges);
            assertValid(solved, capacities, edges);
            assertThat(BruteForceSolver.placed(solved))
                    .as("round %d placed", round)
                    .isEqualTo(BruteForceSolver.placed(exact));
            assertThat(BruteForceSolver.weight(solved, edges))
                    .as("round %d weight", round)
                    .isEqualTo(BruteForceSolver.weight(exact, edges));
        }
    }

    @Test
    void optimalBeatsGreedyWhereGreedyTakesTheBestEdgeFirst() {
        // greedy gives intern 0 mentor 0 (10) and leaves intern 1 with nobody: 10; optimal places both: 9 + 8
        List<AssignmentSolver.Edge> edges = List.of(
                new AssignmentSolver.Edge(0, 0, 10),
                new AssignmentSolver.Edge(0, 1, 9),
                new AssignmentSolver.Edge(1, 0, 8));
        int[] solved = flow.assign(2, new int[] {1, 1}, edges);
        assertThat(solved).containsExactly(1, 0);
    }

    @Test
    void nothingToAssignLeavesEveryoneUnassigned() {
        assertThat(flow.assign(3, new int[] {2}, List.of())).containsExactly(-1, -1, -1);
        assertThat(flow.assign(0, new int[] {2}, List.of())).isEmpty();
    }

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
