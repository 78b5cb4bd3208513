/**
 * Trajectory: completed internships (their task's level in its cohort and the final score) count toward the
 * next step; cohort tasks can require earlier completions, matching uses the portfolio and says so, and an
 * intern sees what they earned and which tasks it opens.
 */
package dev.atelier.core.trajectory;
