package dev.atelier.core.solver;

import dev.atelier.core.matching.AssignmentSolver;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Maximum-weight assignment as a minimum-cost flow (JGraphT), the solver used when OR-Tools' native
 * library cannot load. The network: source → each left node (capacity 1), left → right for each
 * candidate edge (capacity 1, cost {@code K - weight}), right → sink (capacity = the right node's
 * capacity). First a maximum flow gives {@code f}, the most left nodes that can be placed; then the
 * minimum-cost flow of value {@code f} ({@link CapacityScalingMinimumCostFlow}) costs
 * {@code f·K − total weight}, so it has the maximum total weight among the assignments that place the
 * most. With {@code K = max weight + 1} every cost stays positive and as small as the weights (JGraphT
 * refuses arc costs of 10⁹ or more, which a single-pass "bypass" arc worth more than every placement
 * together reaches in cohorts of a few thousand). The graph keeps one arc per pair: of edges given twice
 * for the same pair, the heavier.
 */
public final class FlowAssignmentSolver implements AssignmentSolver {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    @Override
    public int[] assign(int left, int[] capacities, List<Edge> edges) {
        int[] result = new int[left];
        Arrays.fill(result, -1);
        if (left == 0 || edges.isEmpty()) {
            return result;
        }
        int placeable = (int) Math.round(maximumPlaced(left, capacities, edges));
        double k = edges.stream().mapToInt(Edge::weight).max().orElse(0) + 1.0;
        Graph<Integer, Arc> graph = network(left, capacities);
        Map<Arc, Edge> byArc = new HashMap<>();
        for (Edge e : edges) {
            Arc existing = graph.getEdge(leftNode(e.left()), rightNode(left, e.right()));
            if (existing == null) {
                Arc arc = new Arc(1);
                add(graph, leftNode(e.left()), rightNode(left, e.right()), arc, k - e.weight());
                byArc.put(arc, e);
            } else if (e.weight() > byArc.get(existing).weight()) {
                graph.setEdgeWeight(existing, k - e.weight());
                byArc.put(existing, e);
            }
        }
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> v == SOURCE ? placeable : v == SINK ? -placeable : 0, a -> a.capacity);
        MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow =
                new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem);
        for (Map.Entry<Arc, Edge> entry : byArc.entrySet()) {
            if (flow.getFlow(entry.getKey()) > 0.5) {
                result[entry.getValue().left()] = entry.getValue().right();
            }
        }
        return result;
    }

    /** The maximum flow of the same network (JGraphT's maximum-flow algorithms read capacities as weights). */
    private static double maximumPlaced(int left, int[] capacities, List<Edge> edges) {
        Graph<Integer, Arc> graph = network(left, capacities);
        for (Arc arc : graph.edgeSet()) {
            graph.setEdgeWeight(arc, arc.capacity);
        }
        for (Edge e : edges) {
            if (!graph.containsEdge(leftNode(e.left()), rightNode(left, e.right()))) {
                add(graph, leftNode(e.left()), rightNode(left, e.right()), new Arc(1), 1);
            }
        }
        return new PushRelabelMFImpl<>(graph).getMaximumFlowValue(SOURCE, SINK);
    }

    /** Source, sink, the left and right nodes and their arcs from the source and to the sink (cost 0). */
    private static Graph<Integer, Arc> network(int left, int[] capacities) {
        Graph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
        for (int v = 0; v < rightNode(left, capacities.length); v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < left; i++) {
            add(graph, SOURCE, leftNode(i), new Arc(1), 0);
        }
        for (int r = 0; r < capacities.length; r++) {
            add(graph, rightNode(left, r), SINK, new Arc(Math.min(capacities[r], left)), 0);
        }
        return graph;
    }

    private static int leftNode(int i) {
        return 2 + i;
    }

    private static int rightNode(int left, int r) {
        return 2 + left + r;
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
