/**
 * The assignment solver behind the matching port: a minimum-cost flow solved by JGraphT's
 * capacity-scaling algorithm. No domain rules live here, only the optimisation.
 */
package dev.atelier.core.solver;
