/**
 * The clock in the application: Quartz, with its in-memory job store, runs the core's clock round (and
 * the peer-help round) every {@code atelier.clock.tick-seconds} on each instance (the old name
 * {@code atelier.checkins.tick-seconds} is still read, with a warning: {@code RenamedSettings}). Which work is due
 * lives in MongoDB and is claimed there, so instances never send twice. On shutdown the jobs that run finish
 * before the beans close ({@code JobsFinishFirst}).
 */
package dev.atelier.app.clock;
