/**
 * MongoDB storage (Spring Data MongoDB) implementing the core's store ports. Documents are
 * package-private and never leave this package. Reads and writes of a community's records filter by its
 * community id; the few lookups that span communities say so in their port (a credential found by its
 * public id, the clock's due work, the rounds that sweep every community: peer help, retention, the outbox).
 */
package dev.atelier.core.store;
