/**
 * Pay people can trust: the state of each completed internship's pay (pending → approved → paid, with who
 * and when, and the payment reference), the moderators' {@code pay} commands with a DM to each of the pair,
 * the list of what is unpaid and for how long, and the milestone-based split (a share of the budget released
 * per approved milestone, shown as it accrues).
 */
package dev.atelier.core.payout;
