/**
 * Moderators in the loop: who hears about what needs a moderator (a declined pairing, a withdrawn or
 * closed internship, a member waiting for approval), where (the moderators' channel set with
 * {@code community moderators-channel}, else a DM to each moderator), and the moderators seen acting
 * through the platform's own rights (Discord Manage Server or the moderator role, Slack admins, the
 * console's moderator), remembered only to tell them; that list grants nothing.
 */
package dev.atelier.core.moderation;
