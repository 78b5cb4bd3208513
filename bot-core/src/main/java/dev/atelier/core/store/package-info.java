/**
 * MongoDB storage (Spring Data MongoDB) implementing the core's store ports. Documents are
 * package-private and never leave this package; every query filters by community id.
 */
package dev.atelier.core.store;
