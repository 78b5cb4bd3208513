/** Test fixtures shared with the adapters' tests: the real core on an embedded MongoDB-wire server. */
package dev.atelier.core.testing;
