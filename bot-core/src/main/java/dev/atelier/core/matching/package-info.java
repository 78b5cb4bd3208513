/**
 * The matching model, pure Java: who may be paired with whom (capacity, don't-pair lists, pauses,
 * no repeats, skills), how well (scores with their reasons), and why someone is left out. The
 * optimisation itself sits behind the small {@link dev.atelier.core.matching.AssignmentSolver} port.
 */
package dev.atelier.core.matching;
