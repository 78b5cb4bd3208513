/**
 * The moderators' web dashboard under {@code /dashboard}: login by one-time link from chat, a
 * session that carries the moderator's community (never taken from the URL), server-rendered
 * pages (Thymeleaf) for cohorts, a cohort's pairs and one pair, SVG charts drawn on the server, and
 * CSV exports. Controllers are thin; one assembler per page builds its view model.
 */
package dev.atelier.app.dashboard;
