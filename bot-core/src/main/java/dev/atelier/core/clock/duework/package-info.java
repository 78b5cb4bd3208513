/**
 * Due work: every scheduled occasion (a check-in prompt, a missed-check, a reminder, a stall notice)
 * is one item with a unique occasion key, claimed atomically by one instance under a lease, handled,
 * then marked done. A crashed instance's claims expire and are taken over; sending is paced.
 */
package dev.atelier.core.clock.duework;
