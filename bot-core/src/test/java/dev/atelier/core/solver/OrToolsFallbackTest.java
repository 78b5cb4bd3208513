package dev.atelier.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.matching.AssignmentSolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrToolsFallbackTest {

    @Test
    void withoutTheNativeLibraryEveryAssignmentGoesToTheFallback() {
        List<List<AssignmentSolver.Edge>> seen = new ArrayList<>();
        AssignmentSolver fallback = (left, capacities, edges) -> {
            seen.add(edges);
            return new FlowAssignmentSolver().assign(left, capacities, edges);
        };
        OrToolsAssignmentSolver solver = new OrToolsAssignmentSolver(fallback, false);
        List<AssignmentSolver.Edge> edges = List.of(
                new AssignmentSolver.Edge(0, 0, 10),
                new AssignmentSolver.Edge(0, 1, 9),
                new AssignmentSolver.Edge(1, 0, 8));

        int[] assigned = solver.assign(2, new int[] {1, 1}, edges);

        assertThat(solver.usesNativeSolver()).isFalse();
        assertThat(seen).containsExactly(edges);
        assertThat(assigned).containsExactly(1, 0);
    }

    @Test
    void withTheNativeLibraryTheFallbackIsNotAsked() {
        List<List<AssignmentSolver.Edge>> seen = new ArrayList<>();
        AssignmentSolver fallback = (left, capacities, edges) -> {
            seen.add(edges);
            return new int[left];
        };
        OrToolsAssignmentSolver solver = new OrToolsAssignmentSolver(fallback);

        int[] assigned = solver.assign(
                2,
                new int[] {1, 1},
                List.of(
                        new AssignmentSolver.Edge(0, 0, 10),
                        new AssignmentSolver.Edge(0, 1, 9),
                        new AssignmentSolver.Edge(1, 0, 8)));

        assertThat(seen).isEmpty();
        assertThat(assigned).containsExactly(1, 0);
    }
}
