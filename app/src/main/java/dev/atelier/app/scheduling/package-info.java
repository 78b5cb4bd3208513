/**
 * The clock: Quartz, with its in-memory job store, runs the check-in round every few seconds on each
 * instance. Which prompts are due lives in MongoDB and is claimed there, so instances never send twice.
 */
package dev.atelier.app.scheduling;
