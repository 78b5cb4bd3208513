/**
 * The clock's round, run by the scheduler on every instance each tick: handles the due work, and every
 * so often sweeps the active internships to plan reminders and raise or clear stall flags.
 */
package dev.atelier.core.clock.rounds;
