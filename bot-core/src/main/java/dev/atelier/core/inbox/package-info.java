/**
 * The command inbox: a slash command is stored durably under its delivery key before the platform
 * is acknowledged (a duplicate delivery is stored once), then workers claim it by lane (one member
 * of one community, so a member's commands run in order), run it through the core, store its reply
 * with the item, answer through the platform's reply channel while it is valid (else by DM), and
 * mark it answered. A crashed instance's lanes expire and are taken over; nothing acknowledged is
 * lost and nothing applied runs twice.
 */
package dev.atelier.core.inbox;
