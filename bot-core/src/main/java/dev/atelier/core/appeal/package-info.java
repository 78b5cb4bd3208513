/**
 * Appeals: the intern appeals a review, a final score or a withheld completion; it goes to the moderators
 * (not the mentor), who uphold it, change the outcome or assign a second reviewer. Each step is recorded on
 * the internship's timeline, which both sides see, and one decision can be appealed once.
 */
package dev.atelier.core.appeal;
