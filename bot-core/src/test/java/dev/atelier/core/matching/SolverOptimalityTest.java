package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
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
            int[] capacities = AssignmentChecks.capacities(random, 1 + random.nextInt(4), 3);
            List<AssignmentSolver.Edge> edges = AssignmentChecks.edges(random, left, capacities.length, 4, 60);
            int[] exact = new BruteForceSolver().assign(left, capacities, edges);
            AssignmentChecks.assertAsGoodAs(round, flow.assign(left, capacities, edges), exact, capacities, edges);
        }
    }

    @Test
    void heavyWeightsOfLargeCohortsStayExact() {
        // spread weights of a cohort of thousands reach millions per edge: a single-pass bypass arc worth
        // more than every placement together (left x max weight) passed JGraphT's 10^9 cost limit
        Random random = new Random(7);
        for (int round = 0; round < 60; round++) {
            int left = 1 + random.nextInt(6);
            int[] capacities = AssignmentChecks.capacities(random, 1 + random.nextInt(4), 3);
            List<AssignmentSolver.Edge> edges = AssignmentChecks.edges(random, left, capacities.length, 4, 60).stream()
                    .map(e -> new AssignmentSolver.Edge(e.left(), e.right(), 300_000_000 + e.weight()))
                    .toList();
            int[] exact = new BruteForceSolver().assign(left, capacities, edges);
            AssignmentChecks.assertAsGoodAs(round, flow.assign(left, capacities, edges), exact, capacities, edges);
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
    void aPairGivenTwiceCountsWithItsHeavierEdge() {
        List<AssignmentSolver.Edge> edges = List.of(
                new AssignmentSolver.Edge(0, 0, 3),
                new AssignmentSolver.Edge(0, 1, 5),
                new AssignmentSolver.Edge(0, 0, 9),
                new AssignmentSolver.Edge(0, 0, 2));
        assertThat(flow.assign(1, new int[] {1, 1}, edges)).containsExactly(0);
    }

    @Test
    void nothingToAssignLeavesEveryoneUnassigned() {
        assertThat(flow.assign(3, new int[] {2}, List.of())).containsExactly(-1, -1, -1);
        assertThat(flow.assign(0, new int[] {2}, List.of())).isEmpty();
    }
}
