package dev.atelier.core.solver;

import dev.atelier.core.matching.AssignmentSolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Maximum-weight assignment as a minimum-cost flow (JGraphT {@link CapacityScalingMinimumCostFlow}).
 * The network: source → each left node (capacity 1), left → right for each candidate edge
 * (capacity 1, cost {@code K - weight}), right → sink (capacity = the right node's capacity), and
 * a bypass source → sink (cost {@code B}) for left nodes that stay unassigned. With
 * {@code K > max weight} every cost is positive, and with {@code B - K > n · max weight} placing
 * one more left node always beats any gain in weight: the minimum-cost flow of value {@code n}
 * places the most left nodes and, among those assignments, has maximum total weight.
 */
public final class FlowAssignmentSolver implements AssignmentSolver {

    @Override
    public int[] assign(int left, int[] capacities, List<Edge> edges) {
        int[] result = new int[left];
        java.util.Arrays.fill(result, -1);
        if (left == 0 || edges.isEmpty()) {
            return result;
        }
        int maxWeight = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        double k = maxWeight + 1.0;
        double bypass = k + (double) left * maxWeight + 1.0;
        int source = 0;
        int sink = 1;
        int rightBase = 2 + left;
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        for (int v = 0; v < rightBase + capacities.length; v++) {
            graph.addVertex(v);
        }
        Map<Arc, Edge> byArc = new HashMap<>();
        add(graph, source, sink, new Arc(left), bypass);
        for (int i = 0; i < left; i++) {
            add(graph, source, 2 + i, new Arc(1), 0);
        }
        for (int r = 0; r < capacities.length; r++) {
            add(graph, rightBase + r, sink, new Arc(Math.min(capacities[r], left)), 0);
        }
        for (Edge e : edges) {
            Arc arc = new Arc(1);
            add(graph, 2 + e.left(), rightBase + e.right(), arc, k - e.weight());
            byArc.put(arc, e);
        }
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> v == source ? left : v == sink ? -left : 0, a -> a.capacity);
        MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow =
                new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
        for (Map.Entry<Arc, Edge> entry : byArc.entrySet()) {
            if (flow.getFlow(entry.getKey()) > 0.5) {
                result[entry.getValue().left()] = entry.getValue().right();
            }
        }
        return result;
    }

    /** JGraphT 1.5.2 takes arc costs from the edge weights (it ignores a cost function), so costs are weights. */
    private static void add(Graph<Integer, Arc> graph, int from, int to, Arc arc, double cost) {
        graph.addEdge(from, to, arc);
        graph.setEdgeWeight(arc, cost);
    }

    /** An arc of the flow network with its capacity; its cost is its weight. */
    static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int capacity;

        Arc(int capacity) {
            this.capacity = capacity;
        }
    }
}
