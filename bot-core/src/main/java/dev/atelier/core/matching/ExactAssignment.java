package dev.atelier.core.matching;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solves an assignment on a pruned candidate graph and makes it exact over the whole graph: after
 * each solve an {@link OptimalityCertificate} checks every edge of the whole graph; the edges that
 * could improve the assignment are added and it is solved again, until none can (the result is then
 * proven optimal over all feasible pairs) or {@value #MAX_ROUNDS} rounds have passed.
 */
final class ExactAssignment {

    static final int MAX_ROUNDS = 20;
    private static final Logger log = LoggerFactory.getLogger(ExactAssignment.class);

    /**
     * The assignment, the edges it was finally solved on, how many times the whole graph was checked,
     * how many edges were added, and whether optimality over the whole graph was proven.
     */
    record Result(int[] assigned, int rounds, int added, boolean proven) {}

    private ExactAssignment() {}

    /**
     * @param edges a pruned graph that keeps each left node's heaviest edge of the whole graph
     * @param all the whole graph's edges, or {@code null} when {@code edges} already is the whole graph
     * @param slack edges whose reduced cost is below this are added too when improving edges are found
     *     (as many as the edges already solved at most): a weight of one score point saves a round.
     */
    static Result solve(
            AssignmentSolver solver,
            int left,
            int[] capacities,
            List<AssignmentSolver.Edge> edges,
            OptimalityCertificate.AllEdges all,
            long slack) {
        List<AssignmentSolver.Edge> current = edges;
        int added = 0;
        for (int round = 1; ; round++) {
            int[] assigned = solver.assign(left, capacities, current);
            if (all == null) {
                return new Result(assigned, 0, 0, true);
            }
            OptimalityCertificate certificate = new OptimalityCertificate(left, capacities, current, assigned);
            if (!certificate.valid()) {
                log.warn("The assignment solver's answer is not optimal on its own edges; optimality not proven");
                return new Result(assigned, round, added, false);
            }
            List<AssignmentSolver.Edge> nearly = new ArrayList<>();
            List<AssignmentSolver.Edge> improving = certificate.improving(all, slack, nearly);
            if (improving.isEmpty()) {
                return new Result(assigned, round, added, true);
            }
            if (round == MAX_ROUNDS) {
                log.warn("Optimality over all pairs not proven after {} rounds", round);
                return new Result(assigned, round, added, false);
            }
            List<AssignmentSolver.Edge> larger = new ArrayList<>(current.size() + improving.size());
            larger.addAll(current);
            larger.addAll(improving);
            if (nearly.size() <= current.size()) {
                larger.addAll(nearly);
                added += nearly.size();
            }
            current = larger;
            added += improving.size();
        }
    }
}
