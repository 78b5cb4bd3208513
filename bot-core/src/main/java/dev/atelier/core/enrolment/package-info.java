/**
 * Who takes part in a cohort and as what: members join as intern or mentor (with moderator
 * approval where the cohort asks for it), moderators add and approve them, anyone leaves; and
 * the cohort's tasks with their levels. One roster document per cohort.
 */
package dev.atelier.core.enrolment;
