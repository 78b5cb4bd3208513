/**
 * The clock, everything the bot does on its own as time passes, one package tree: {@code duework} (the
 * engine: scheduled occasions claimed under a lease, handled, paced), {@code rounds} (the round each
 * tick runs: handle what fell due), {@code visit} (each active internship's next visit, planned as due work
 * for when something may fall due for it or when it changes), {@code checkin} (schedules, prompts, answers and
 * missed check-ins), {@code reminder} (due-soon, overdue, waiting reviews and questions), {@code stall} (pairs
 * at risk, cohort health), {@code mentorload} (mentors over capacity or with work waiting), {@code rhythm}
 * (the community's timings, {@code community rhythm}, and the clock's one read across communities) and {@code scheduling} (cron maths for check-in
 * schedules). The application's Quartz job runs the round every {@code atelier.clock.tick-seconds}.
 */
package dev.atelier.core.clock;
