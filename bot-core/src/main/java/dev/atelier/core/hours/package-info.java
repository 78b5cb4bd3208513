/**
 * Hours: the intern and the mentor log time ({@code log <hours> [note]}), the author or a moderator
 * corrects it, and everyone sees totals per internship and per person.
 *
 * <p>Entries live inside the internship document, not in a collection of their own: they belong
 * to one internship, are bounded (at most {@value dev.atelier.core.internship.Internship#MAX_HOURS_ENTRIES}
 * per internship), are read whenever the internship is (pay and credential need the totals at
 * completion), and must freeze atomically with its completion. Entry numbers are per community,
 * so {@code hours fix 7} needs no internship number.
 */
package dev.atelier.core.hours;
