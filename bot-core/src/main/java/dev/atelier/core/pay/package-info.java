/**
 * Pay: a cohort's split rule (percentages, or the mentor paid hourly up to a cap), the exact split
 * of a task's budget into integer minor units when an internship completes, the statement that
 * shows it, and the CSV moderators hand to the organiser. No payment is processed here.
 *
 * <p>Rounding: every share is a whole number of minor units (cents). The mentor's share is rounded
 * down (a percentage of the budget, or minutes × hourly rate ÷ 60, then capped by the cap and the
 * budget); the intern receives the rest. So the shares always add up to the budget exactly, and
 * the remainder of rounding (less than one minor unit) goes to the intern.
 */
package dev.atelier.core.pay;
