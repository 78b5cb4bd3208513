package dev.atelier.core.solver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import dev.atelier.core.matching.AssignmentSolver;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximum-weight assignment with capacities as a minimum-cost maximum flow, solved by OR-Tools'
 * cost-scaling {@code SimpleMinCostFlow} (native code, loaded once by {@link NativeFlowLibrary}).
 *
 * <p>The network: source → each left node (capacity 1), left → right for each candidate edge
 * (capacity 1, cost {@code K - weight} with {@code K = max weight + 1}), right → sink (capacity =
 * the right node's capacity). {@code SolveMaxFlowWithMinCost} first maximises the flow (the most
 * left nodes placed), then minimises the cost among maximum flows; every maximum flow of value
 * {@code F} costs {@code F·K - total weight}, so the minimum cost is the maximum total weight. The
 * weights are already integers (scoring points), so the costs are exact integers: nothing is
 * rounded and the optimum is the exact optimum over the given edges.
 *
 * <p>When the native library cannot be loaded on this machine, or the native solver does not
 * report an optimum, the {@code fallback} solver (JGraphT) answers instead, with a log line.
 */
public final class OrToolsAssignmentSolver implements AssignmentSolver {

    private static final Logger log = LoggerFactory.getLogger(OrToolsAssignmentSolver.class);

    private final AssignmentSolver fallback;
    private final boolean nativeAvailable;

    public OrToolsAssignmentSolver(AssignmentSolver fallback) {
        this(fallback, NativeFlowLibrary.load());
    }

    OrToolsAssignmentSolver(AssignmentSolver fallback, boolean nativeAvailable) {
        this.fallback = fallback;
        this.nativeAvailable = nativeAvailable;
    }

    /** Whether assignments are solved natively (false: every call goes to the fallback). */
    public boolean usesNativeSolver() {
        return nativeAvailable;
    }

    @Override
    public int[] assign(int left, int[] capacities, List<Edge> edges) {
        int[] result = new int[left];
        Arrays.fill(result, -1);
        if (left == 0 || edges.isEmpty()) {
            return result;
        }
        if (!nativeAvailable) {
            return fallback.assign(left, capacities, edges);
        }
        MinCostFlow flow = new MinCostFlow(2 + left + capacities.length, left + capacities.length + edges.size());
        try {
            return solve(flow, left, capacities, edges, result);
        } finally {
            flow.delete();
        }
    }

    private int[] solve(MinCostFlow flow, int left, int[] capacities, List<Edge> edges, int[] result) {
        int source = 0;
        int sink = 1;
        int rightBase = 2 + left;
        long k = 1L + edges.stream().mapToInt(Edge::weight).max().orElse(0);
        for (int i = 0; i < left; i++) {
            flow.addArcWithCapacityAndUnitCost(source, 2 + i, 1, 0);
        }
        for (int r = 0; r < capacities.length; r++) {
            flow.addArcWithCapacityAndUnitCost(rightBase + r, sink, Math.min(capacities[r], left), 0);
        }
        int[] arcs = new int[edges.size()];
        for (int n = 0; n < arcs.length; n++) {
            Edge e = edges.get(n);
            arcs[n] = flow.addArcWithCapacityAndUnitCost(2 + e.left(), rightBase + e.right(), 1, k - e.weight());
        }
        flow.setNodeSupply(source, left);
        flow.setNodeSupply(sink, -left);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            log.warn(
                    "OR-Tools min-cost flow ended with status {} on {} edges; solving with {} instead",
                    status,
                    edges.size(),
                    fallback.getClass().getSimpleName());
            return fallback.assign(left, capacities, edges);
        }
        for (int n = 0; n < edges.size(); n++) {
            if (flow.getFlow(arcs[n]) > 0) {
                Edge e = edges.get(n);
                result[e.left()] = e.right();
            }
        }
        return result;
    }
}
