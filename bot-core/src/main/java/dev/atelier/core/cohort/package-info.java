/** Cohorts: groups of internships a moderator runs together; create, list and close them. */
package dev.atelier.core.cohort;
