/**
 * Test fixtures shared with the adapters' and the app's tests: the real core on an embedded MongoDB-wire
 * server ({@link dev.atelier.core.testing.TestAtelier}), clocks moved by hand, a recording console platform,
 * store snapshots; what every platform must show alike (a catalog tour and its feature samples, the stale
 * card stories) and the boundaries every adapter keeps; and {@link dev.atelier.core.testing.CoreFlowTest},
 * the set-up the core's flow tests share.
 */
package dev.atelier.core.testing;
