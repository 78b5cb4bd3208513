/**
 * Check-ins: each internship's schedule (days, time and quiet hours in the intern's time zone), the
 * prompt the bot sends when one falls due, the intern's answer and prompts missed after a window.
 */
package dev.atelier.core.clock.checkin;
