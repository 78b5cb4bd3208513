/**
 * The clock in the application: Quartz, with its in-memory job store, runs the core's clock round (and
 * the peer-help round) every {@code atelier.clock.tick-seconds} on each instance. Which work is due
 * lives in MongoDB and is claimed there, so instances never send twice.
 */
package dev.atelier.app.clock;
