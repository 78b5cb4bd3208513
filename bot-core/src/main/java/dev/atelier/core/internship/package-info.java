/**
 * Internships: the aggregate (an intern and a mentor, milestones, submissions, reviews, hours, timeline),
 * its store port, and starting, ending (withdrawing or closing, {@code EndInternship}) and showing
 * internships ({@code InternshipCommands}); completing one is the {@code completion} feature.
 */
package dev.atelier.core.internship;
