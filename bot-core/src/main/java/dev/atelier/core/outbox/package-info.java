/**
 * The outbox: every message the bot sends on its own (workspace posts, DMs, thread posts) is first
 * written to a durable outbox, then delivered by workers that claim one channel (a lane) at a time
 * under a lease, oldest item first, paced per channel and per platform. A 429, a 5xx, a timeout or a
 * lost connection is retried with backoff until the item is delivered or its kind's expiry passes;
 * a blocked DM or a channel that is gone falls back or is reported, never retried forever.
 */
package dev.atelier.core.outbox;
