package dev.atelier.core.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A proof, for an assignment solved on a subset of the edges, that no edge left out could have
 * improved it; or the edges that could.
 *
 * <p>The assignment is a flow in the network source → left node (capacity 1) → right node (one arc
 * per edge, capacity 1) → sink (the right node's capacity). It is the best one — the most left nodes
 * placed, then the highest total weight — over the whole graph exactly when (1) the residual network
 * of the whole graph has no path from the source to the sink (no assignment places more) and (2) it
 * has no cycle of negative cost, with cost {@code -weight} forward and {@code +weight} backward (no
 * assignment of the same size weighs more). This class computes, on the residual network of the
 * given edges, the nodes reachable from the source and shortest-path potentials {@code d} (every
 * residual arc then has a non-negative reduced cost). An edge {@code (l, r, w)} not used by the
 * assignment adds the residual arc {@code l → r} of cost {@code -w}. Property (2) holds for the whole
 * graph when no such arc has a negative reduced cost ({@code d[l] - w < d[r]}); property (1) holds when
 * one minimum cut of the given edges — the nodes the source reaches, or the nodes that cannot reach
 * the sink — is crossed by no such arc. So when {@link #improving} finds no edge, the assignment is
 * optimal over the whole graph; the edges it finds are the ones to add before solving again.
 */
final class OptimalityCertificate {

    private final int left;
    private final int[] assigned;
    private final long[] potential;
    private final boolean[] reachable;
    private final boolean[] reachesSink;
    private final boolean valid;
    private final int[] heaviest;
    private final boolean anyRightUnreachable;
    private final boolean anyRightReachesSink;
    private final long highestRight;

    /**
     * @param assigned for each left node its right node or -1, an optimal assignment over {@code edges}
     */
    OptimalityCertificate(int left, int[] capacities, List<AssignmentSolver.Edge> edges, int[] assigned) {
        this.left = left;
        this.assigned = assigned;
        Residual residual = new Residual(left, capacities, edges, assigned);
        this.reachable = residual.reachableFromSource();
        this.reachesSink = residual.reachingSink();
        this.potential = new long[residual.nodes];
        this.valid = residual.shortestPaths(potential, 2 + left);
        this.heaviest = new int[left];
        edges.forEach(e -> heaviest[e.left()] = Math.max(heaviest[e.left()], e.weight()));
        boolean unreachable = false;
        boolean reaches = false;
        long highest = Long.MIN_VALUE;
        for (int r = 2 + left; r < potential.length; r++) {
            unreachable |= !reachable[r];
            reaches |= reachesSink[r];
            highest = Math.max(highest, potential[r]);
        }
        this.anyRightUnreachable = unreachable;
        this.anyRightReachesSink = reaches;
        this.highestRight = highest;
    }

    /**
     * False when the assignment is not optimal even over its own edges (a negative cycle was found), or
     * its potentials took too long to compute: then no proof is possible and {@link #improving} must not be used.
     */
    boolean valid() {
        return valid;
    }

    /**
     * Whether any edge of left node {@code l} could be returned by {@link #improving}, judged from its
     * heaviest edge (which the given edges must include, as any pruning to the heaviest edges does).
     */
    boolean mayImprove(int l) {
        return (reachable[2 + l] && anyRightUnreachable)
                || (!reachesSink[2 + l] && anyRightReachesSink)
                || potential[2 + l] - heaviest[l] < highestRight;
    }

    /** Whether the edge {@code (l, r, weight)} has a negative reduced cost: a heavier assignment may use it. */
    boolean cheaper(int l, int r, int weight) {
        return assigned[l] != r && potential[2 + l] - weight < potential[2 + left + r];
    }

    /** Whether the edge crosses the smallest minimum cut (from a node the source reaches to one it does not). */
    boolean crossesSourceSide(int l, int r) {
        return assigned[l] != r && reachable[2 + l] && !reachable[2 + left + r];
    }

    /** Whether the edge crosses the largest minimum cut (from a node that cannot reach the sink to one that can). */
    boolean crossesSinkSide(int l, int r) {
        return assigned[l] != r && !reachesSink[2 + l] && reachesSink[2 + left + r];
    }

    /** The residual network of an assignment: node 0 the source, 1 the sink, then left, then right nodes. */
    private static final class Residual {

        /** Far below any path's cost (weights are ints, paths have fewer than 2^31 arcs). */
        private static final long ROOT = 1L << 62;
        /**
         * Work allowed, in passes over every arc, before giving up (an assignment far from optimal,
         * such as a greedy one, has negative cycles that take a long time to detect).
         */
        private static final long WORK_PASSES = 64;

        private final int nodes;
        private final int[] head;
        private final int[] next;
        private final int[] to;
        private final int[] from;
        private final long[] cost;
        private int arcs;

        Residual(int left, int[] capacities, List<AssignmentSolver.Edge> edges, int[] assigned) {
            nodes = 2 + left + capacities.length;
            int most = left + capacities.length * 2 + edges.size();
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[most];
            to = new int[most];
            from = new int[most];
            cost = new long[most];
            int[] used = new int[capacities.length];
            for (int l = 0; l < left; l++) {
                if (assigned[l] >= 0) {
                    used[assigned[l]]++;
                    arc(2 + l, 0, 0);
                } else {
                    arc(0, 2 + l, 0);
                }
            }
            for (int r = 0; r < capacities.length; r++) {
                int rn = 2 + left + r;
                if (used[r] < Math.min(capacities[r], left)) {
                    arc(rn, 1, 0);
                }
                if (used[r] > 0) {
                    arc(1, rn, 0);
                }
            }
            for (AssignmentSolver.Edge e : edges) {
                int ln = 2 + e.left();
                int rn = 2 + left + e.right();
                if (assigned[e.left()] == e.right()) {
                    arc(rn, ln, e.weight());
                } else {
                    arc(ln, rn, -e.weight());
                }
            }
        }

        private void arc(int tail, int target, long c) {
            to[arcs] = target;
            from[arcs] = tail;
            cost[arcs] = c;
            next[arcs] = head[tail];
            head[tail] = arcs++;
        }

        boolean[] reachingSink() {
            int[] rhead = new int[nodes];
            int[] rnext = new int[arcs];
            Arrays.fill(rhead, -1);
            for (int a = 0; a < arcs; a++) {
                rnext[a] = rhead[to[a]];
                rhead[to[a]] = a;
            }
            boolean[] seen = new boolean[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            seen[1] = true;
            queue.add(1);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int a = rhead[v]; a >= 0; a = rnext[a]) {
                    if (!seen[from[a]]) {
                        seen[from[a]] = true;
                        queue.add(from[a]);
                    }
                }
            }
            return seen;
        }

        boolean[] reachableFromSource() {
            boolean[] seen = new boolean[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            seen[0] = true;
            queue.add(0);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int a = head[u]; a >= 0; a = next[a]) {
                    if (!seen[to[a]]) {
                        seen[to[a]] = true;
                        queue.add(to[a]);
                    }
                }
            }
            return seen;
        }

        /**
         * Shortest distances from a virtual root (Bellman–Ford with a queue); false when a negative cycle
         * exists (a node relaxed {@code nodes} times) or the work exceeds {@value #WORK_PASSES} passes. The root is joined to every right node at cost
         * {@code -ROOT} and to every other node at 0. Any root gives valid potentials; this one keeps
         * right nodes as low and left nodes as high as the arcs allow, so an edge is flagged only when a
         * right node reaches its left node cheaply: few edges are flagged that could not improve.
         */
        boolean shortestPaths(long[] d, int firstRight) {
            Arrays.fill(d, 0);
            Arrays.fill(d, firstRight, nodes, -ROOT);
            int[] relaxed = new int[nodes];
            long budget = WORK_PASSES * (arcs + (long) nodes);
            boolean[] queued = new boolean[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>(nodes);
            for (int v = 0; v < nodes; v++) {
                queue.add(v);
                queued[v] = true;
            }
            while (!queue.isEmpty()) {
                int u = queue.poll();
                queued[u] = false;
                for (int a = head[u]; a >= 0; a = next[a]) {
                    int v = to[a];
                    if (--budget < 0) {
                        return false;
                    }
                    if (d[u] + cost[a] < d[v]) {
                        d[v] = d[u] + cost[a];
                        if (++relaxed[v] >= nodes) {
                            return false;
                        }
                        if (!queued[v]) {
                            queued[v] = true;
                            queue.add(v);
                        }
                    }
                }
            }
            return true;
        }
    }

    /** Edges of the whole graph, visited one by one; weights as the solver sees them. */
    interface AllEdges {

        /** Visits the edges of the left nodes {@code include} accepts (others may be skipped unread). */
        void visit(IntPredicate include, EdgeSink sink);
    }

    /** Receives edges from {@link AllEdges}. */
    interface EdgeSink {

        void edge(int left, int right, int weight);
    }

    /**
     * The edges of the whole graph that could improve the assignment: those with a negative reduced
     * cost, plus those crossing the minimum cut with fewer crossings (none: the assignment already
     * places the most left nodes the whole graph allows). Empty: the assignment is optimal over the
     * whole graph.
     */
    List<AssignmentSolver.Edge> improving(AllEdges all) {
        return improving(all, 0, new ArrayList<>());
    }

    /**
     * As {@link #improving(AllEdges)}, and also collects in {@code nearly} the edges whose reduced cost is
     * below {@code slack} without being negative: edges likely to be needed once the assignment changes.
     */
    List<AssignmentSolver.Edge> improving(AllEdges all, long slack, List<AssignmentSolver.Edge> nearly) {
        List<AssignmentSolver.Edge> cheaper = new ArrayList<>();
        List<AssignmentSolver.Edge> sourceSide = new ArrayList<>();
        List<AssignmentSolver.Edge> sinkSide = new ArrayList<>();
        all.visit(this::mayImprove, (l, r, w) -> {
            if (cheaper(l, r, w)) {
                cheaper.add(new AssignmentSolver.Edge(l, r, w));
                return;
            }
            if (slack > 0 && assigned[l] != r && potential[2 + l] - w < potential[2 + left + r] + slack) {
                nearly.add(new AssignmentSolver.Edge(l, r, w));
            }
            if (crossesSourceSide(l, r)) {
                sourceSide.add(new AssignmentSolver.Edge(l, r, w));
            }
            if (crossesSinkSide(l, r)) {
                sinkSide.add(new AssignmentSolver.Edge(l, r, w));
            }
        });
        cheaper.addAll(sourceSide.size() <= sinkSide.size() ? sourceSide : sinkSide);
        return cheaper;
    }
}
