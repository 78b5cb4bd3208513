/**
 * The clock's round, run by the scheduler on every instance each tick: handles the due work that fell due
 * (prompts, missed-checks, reminders, notices, and the internships' visits, which plan reminders and raise
 * or clear stall flags). Nothing sweeps the stored internships: only the first round on a store that never
 * had visits plans one for each active internship, once.
 */
package dev.atelier.core.clock.rounds;
