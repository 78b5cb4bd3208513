package dev.atelier.core.matching;

import java.util.List;

/**
 * Port: a maximum-weight assignment with capacities. Each left node (an intern, or a pair) gets
 * at most one right node (a mentor, or a task); right node {@code r} takes at most
 * {@code capacities[r]} left nodes. Among all assignments that place the most left nodes, an
 * implementation returns one of maximum total weight (optimal, not greedy).
 */
public interface AssignmentSolver {

    /** Returns for each left node the right node it gets, or -1. */
    int[] assign(int left, int[] capacities, List<Edge> edges);

    /** A candidate edge; weights are positive. */
    record Edge(int left, int right, int weight) {

        public Edge {
            if (weight <= 0) {
                throw new IllegalArgumentException("weights are positive: " + weight);
            }
        }
    }
}
