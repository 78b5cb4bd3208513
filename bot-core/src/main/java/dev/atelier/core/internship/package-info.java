/**
 * Internships: the aggregate (an intern and a mentor, milestones, submissions, reviews, timeline),
 * its store port, and starting, withdrawing, completing and showing internships.
 */
package dev.atelier.core.internship;
