/**
 * Reminders: a milestone due within a day (to the intern), a milestone overdue (to both), a submission
 * waiting for review and a question waiting for an answer longer than the community allows (to the
 * mentor). Each occasion is due work with its own key, so it is sent once; quiet hours are respected.
 */
package dev.atelier.core.clock.reminder;
