/**
 * Internships: the aggregate (an intern and a mentor, milestones, submissions, reviews, hours, timeline) and
 * its parts ({@code Parties}: who may act; {@code Lifecycle}: status and how it ended; {@code Milestones},
 * {@code Timesheet}, {@code Timeline}; the views {@code MilestonePlanning}, {@code HoursLog}, {@code
 * AfterCompletion} and {@code OnAppeal} over the one aggregate), its store port, and starting, ending
 * (withdrawing or closing, {@code EndInternship}) and showing internships ({@code InternshipCommands});
 * completing one is the {@code completion} feature.
 */
package dev.atelier.core.internship;
