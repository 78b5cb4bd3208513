/**
 * Acting once: platforms deliver the same interaction more than once (retries, replays, double
 * clicks); {@link dev.atelier.core.delivery.Deliveries} remembers delivery keys for a while, in the
 * store so every instance sees them, and tells an adapter whether a delivery is new.
 */
package dev.atelier.core.delivery;
