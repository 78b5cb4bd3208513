/**
 * The assignment solvers behind the matching port: a minimum-cost flow solved natively by OR-Tools'
 * cost-scaling algorithm, with JGraphT's capacity-scaling algorithm as the fallback where the
 * native library cannot load. No domain rules live here, only the optimisation.
 */
package dev.atelier.core.solver;
