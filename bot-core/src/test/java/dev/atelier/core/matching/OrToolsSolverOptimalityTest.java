package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import dev.atelier.core.solver.OrToolsAssignmentSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The OR-Tools solver against brute force (small cases) and the JGraphT solver (larger cases). */
class OrToolsSolverOptimalityTest {

    final OrToolsAssignmentSolver native_ = new OrToolsAssignmentSolver(new FlowAssignmentSolver());

    @Test
    void theNativeLibraryLoadsOnThisMachine() {
        assertThat(native_.usesNativeSolver()).isTrue();
    }

    @Test
    void equalsBruteForceOnRandomSmallCases() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int left = 1 + random.nextInt(6);
            int[] capacities = AssignmentChecks.capacities(random, 1 + random.nextInt(4), 3);
            List<AssignmentSolver.Edge> edges = AssignmentChecks.edges(random, left, capacities.length, 4, 60);
            int[] exact = new BruteForceSolver().assign(left, capacities, edges);
            int[] solved = native_.assign(left, capacities, edges);
            AssignmentChecks.assertAsGoodAs(round, solved, exact, capacities, edges);
        }
    }

    @Test
    void equalsTheJgraphtSolverOnRandomLargerCases() {
        Random random = new Random(7);
        FlowAssignmentSolver jgrapht = new FlowAssignmentSolver();
        for (int round = 0; round < 30; round++) {
            int left = 20 + random.nextInt(200);
            int[] capacities = AssignmentChecks.capacities(random, 5 + random.nextInt(40), 5);
            List<AssignmentSolver.Edge> edges = AssignmentChecks.edges(random, left, capacities.length, 3, 120);
            int[] reference = jgrapht.assign(left, capacities, edges);
            int[] solved = native_.assign(left, capacities, edges);
            AssignmentChecks.assertAsGoodAs(round, solved, reference, capacities, edges);
        }
    }

    @Test
    void placingOneMoreInternBeatsAnyGainInWeight() {
        // the heaviest edge (0→0, 100) would leave intern 1 alone; placing both (1 + 1) wins
        List<AssignmentSolver.Edge> edges = List.of(
                new AssignmentSolver.Edge(0, 0, 100),
                new AssignmentSolver.Edge(0, 1, 1),
                new AssignmentSolver.Edge(1, 0, 1));
        assertThat(native_.assign(2, new int[] {1, 1}, edges)).containsExactly(1, 0);
    }

    @Test
    void nothingToAssignLeavesEveryoneUnassigned() {
        assertThat(native_.assign(3, new int[] {2}, List.of())).containsExactly(-1, -1, -1);
        assertThat(native_.assign(0, new int[] {2}, List.of())).isEmpty();
        assertThat(native_.assign(2, new int[] {0}, List.of(new AssignmentSolver.Edge(0, 0, 5))))
                .containsExactly(-1, -1);
    }

    @Test
    void matcherWithTheNativeSolverScoresLikeTheJgraphtSolverOnRandomCohorts() {
        Random random = new Random(5);
        String[] skills = {"go", "sql", "java", "rails", "css", "ml"};
        for (int round = 0; round < 20; round++) {
            List<Candidate> interns = new ArrayList<>();
            for (int i = 0; i < 5 + random.nextInt(60); i++) {
                interns.add(MatcherTest.intern(
                        "i" + i,
                        MatcherTest.two(random, skills),
                        Availability.of(random.nextInt(24), random.nextInt(24), 0),
                        java.util.Set.of("backend")));
            }
            List<Candidate> mentors = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(20); m++) {
                mentors.add(MatcherTest.mentor("m" + m, MatcherTest.two(random, skills), random.nextInt(4)));
            }
            MatchingProblem problem =
                    new MatchingProblem(interns, mentors, List.of(), java.util.Set.of(), false, MatcherTest.TODAY, 0);
            Proposal reference = new Matcher(new FlowAssignmentSolver()).match(problem);
            Proposal solved = new Matcher(native_).match(problem);
            assertThat(solved.pairs()).as("round %d pairs", round).hasSameSizeAs(reference.pairs());
            assertThat(solved.totalScore()).as("round %d score", round).isEqualTo(reference.totalScore());
        }
    }
}
