package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import dev.atelier.core.solver.OrToolsAssignmentSolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A pruned candidate graph plus the optimality certificate gives the same result as the whole
 * graph: the pruning can no longer cost a better assignment.
 */
class ExactOverAllPairsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String[] SKILLS = {"go", "sql", "java", "rails", "css", "ml"};
    static final String[] CAREER = {"backend", "data", "startup", "research"};

    @Test
    void certificateFindsTheEdgeThatPruningLeftOut() {
        // Two interns, one mentor with one place. Pruned to intern 0 only, the best is intern 0 (weight 5);
        // intern 1's edge weighs 9, so it improves the assignment and the certificate names it.
        List<AssignmentSolver.Edge> pruned = List.of(new AssignmentSolver.Edge(0, 0, 5));
        int[] assigned = new FlowAssignmentSolver().assign(2, new int[] {1}, pruned);
        OptimalityCertificate certificate = new OptimalityCertificate(2, new int[] {1}, pruned, assigned);

        assertThat(certificate.valid()).isTrue();
        assertThat(certificate.improving((include, sink) -> sink.edge(1, 0, 9)))
                .containsExactly(new AssignmentSolver.Edge(1, 0, 9));
        assertThat(certificate.improving((include, sink) -> sink.edge(1, 0, 5)))
                .as("an equal weight does not improve")
                .isEmpty();
        assertThat(certificate.improving((include, sink) -> {
                    sink.edge(0, 0, 5);
                    sink.edge(1, 0, 3);
                }))
                .isEmpty();
    }

    @Test
    void certificateFindsAnEdgeThatPlacesMoreInterns() {
        // Intern 0 holds the only mentor; intern 1 can reach a second mentor the pruning left out: one more placed.
        List<AssignmentSolver.Edge> pruned = List.of(new AssignmentSolver.Edge(0, 0, 5));
        int[] capacities = {1, 1};
        int[] assigned = new FlowAssignmentSolver().assign(2, capacities, pruned);
        OptimalityCertificate certificate = new OptimalityCertificate(2, capacities, pruned, assigned);

        assertThat(certificate.improving((include, sink) -> sink.edge(1, 1, 1)))
                .containsExactly(new AssignmentSolver.Edge(1, 1, 1));
    }

    @Test
    void certificateRefusesAnAssignmentThatIsNotOptimalOnItsOwnEdges() {
        List<AssignmentSolver.Edge> edges =
                List.of(new AssignmentSolver.Edge(0, 0, 5), new AssignmentSolver.Edge(1, 0, 9));
        int[] worse = {0, -1};

        assertThat(new OptimalityCertificate(2, new int[] {1}, edges, worse).valid())
                .isFalse();
    }

    @Test
    void prunedAndCertifiedEqualsTheWholeGraphOnRandomCohorts() {
        Random random = new Random(5);
        AssignmentSolver solver = new OrToolsAssignmentSolver(new FlowAssignmentSolver());
        int prunedWorse = 0;
        for (int round = 0; round < 80; round++) {
            List<Candidate> interns = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(30); i++) {
                interns.add(candidate(random, "i" + i, 0));
            }
            List<Candidate> mentors = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(12); m++) {
                mentors.add(candidate(random, "m" + m, random.nextInt(4)));
            }
            // No tasks: two pairings of equal weight may lead to different task totals, so the totals compare pairings.
            List<OpenTask> tasks = List.of();
            int topK = 1 + random.nextInt(2);
            Proposal whole = new Matcher(solver).match(problem(interns, mentors, tasks, 0));
            Proposal certified = new Matcher(solver).match(problem(interns, mentors, tasks, topK));

            assertThat(certified.pairs()).as("round %d", round).hasSameSizeAs(whole.pairs());
            assertThat(certified.totalScore()).as("round %d", round).isEqualTo(whole.totalScore());
            if (prunedOnly(solver, interns, mentors, topK) < placedAndScore(solver, interns, mentors, 0)) {
                prunedWorse++;
            }
        }
        assertThat(prunedWorse)
                .as("cases where the pruned graph alone was worse")
                .isGreaterThan(5);
    }

    @Test
    void exactAssignmentEqualsTheWholeGraphOnRandomWeightedGraphs() {
        Random random = new Random(9);
        AssignmentSolver solver = new OrToolsAssignmentSolver(new FlowAssignmentSolver());
        int added = 0;
        for (int round = 0; round < 200; round++) {
            int left = 1 + random.nextInt(25);
            int[] capacities = new int[1 + random.nextInt(10)];
            for (int r = 0; r < capacities.length; r++) {
                capacities[r] = random.nextInt(4);
            }
            int[][] weight = new int[left][capacities.length];
            List<AssignmentSolver.Edge> whole = new ArrayList<>();
            List<AssignmentSolver.Edge> pruned = new ArrayList<>();
            int topK = 1 + random.nextInt(2);
            for (int l = 0; l < left; l++) {
                List<AssignmentSolver.Edge> own = new ArrayList<>();
                for (int r = 0; r < capacities.length; r++) {
                    if (random.nextInt(3) > 0) {
                        weight[l][r] = 1 + random.nextInt(20);
                        own.add(new AssignmentSolver.Edge(l, r, weight[l][r]));
                    }
                }
                whole.addAll(own);
                own.sort(java.util.Comparator.comparingInt(AssignmentSolver.Edge::weight)
                        .reversed());
                pruned.addAll(own.subList(0, Math.min(topK, own.size())));
            }
            ExactAssignment.Result exact = ExactAssignment.solve(
                    solver,
                    left,
                    capacities,
                    pruned,
                    (include, sink) -> whole.stream()
                            .filter(e -> include.test(e.left()))
                            .forEach(e -> sink.edge(e.left(), e.right(), e.weight())),
                    round % 2 == 0 ? 0 : 3);
            int[] reference = solver.assign(left, capacities, whole);

            assertThat(exact.proven()).isTrue();
            assertThat(placedAndWeight(exact.assigned(), weight))
                    .as("round %d", round)
                    .isEqualTo(placedAndWeight(reference, weight));
            added += exact.added();
        }
        assertThat(added).as("edges the certificate had to add back").isPositive();
    }

    private static long placedAndWeight(int[] assigned, int[][] weight) {
        long total = 0;
        for (int l = 0; l < assigned.length; l++) {
            if (assigned[l] >= 0) {
                total += 1_000_000 + weight[l][assigned[l]];
            }
        }
        return total;
    }

    private static long prunedOnly(
            AssignmentSolver solver, List<Candidate> interns, List<Candidate> mentors, int topK) {
        return placedAndScore(solver, interns, mentors, topK);
    }

    /** Interns placed and total weight of a plain solve on the (pruned) candidate graph, without certificate. */
    private static long placedAndScore(
            AssignmentSolver solver, List<Candidate> interns, List<Candidate> mentors, int topK) {
        List<Candidate> open = mentors.stream().filter(m -> m.places() > 0).toList();
        List<AssignmentSolver.Edge> edges = new CandidateEdges(interns, open).build(Map.of(), false, topK);
        int[] capacities = open.stream().mapToInt(Candidate::places).toArray();
        int[] assigned = solver.assign(interns.size(), capacities, edges);
        long placed = 0;
        long weight = 0;
        for (AssignmentSolver.Edge e : edges) {
            if (assigned[e.left()] == e.right()) {
                placed++;
                weight += e.weight();
            }
        }
        return placed * 1_000_000 + weight;
    }

    private static MatchingProblem problem(
            List<Candidate> interns, List<Candidate> mentors, List<OpenTask> tasks, int topK) {
        return new MatchingProblem(interns, mentors, tasks, Set.of(), false, TODAY, topK);
    }

    private static Candidate candidate(Random random, String id, int places) {
        Set<String> skills = new java.util.HashSet<>(
                List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)]));
        int from = random.nextInt(24);
        return new Candidate(
                id,
                id,
                Map.of(),
                places > 0 ? Set.of() : skills,
                Set.of(CAREER[random.nextInt(CAREER.length)]),
                Availability.of(from, (from + 3 + random.nextInt(8)) % 24, 0),
                places > 0 ? skills : Set.of(),
                places,
                null,
                Set.of());
    }
}
