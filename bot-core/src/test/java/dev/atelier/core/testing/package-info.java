/**
 * Test fixtures shared with the adapters' tests: the real core on an embedded MongoDB-wire server; and
 * {@link dev.atelier.core.testing.CoreFlowTest}, the set-up the core's flow tests share.
 */
package dev.atelier.core.testing;
