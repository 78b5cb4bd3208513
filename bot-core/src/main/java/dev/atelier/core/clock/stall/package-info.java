/**
 * Stall detection and cohort health: a pair with no activity for the community's number of days, with
 * missed check-ins in a row or with confidence 1 twice in a row is flagged "at risk" once and the
 * cohort's moderators are told once; the flag clears when activity resumes. {@link
 * dev.atelier.core.clock.stall.CohortHealth} is the public read model of a cohort's pairs.
 */
package dev.atelier.core.clock.stall;
