/**
 * Away periods and community holidays: a member says when they are away ({@code away}), moderators
 * declare days off for everyone ({@code community holiday}); while someone is away the clock sends them
 * no check-in prompts or reminders and does not count their pair as idle, due dates that fall inside are
 * flagged to the pair, and partners and moderators read "away until …" in status, queue and home.
 */
package dev.atelier.core.away;
