/** Benchmark harnesses (run by hand, never as tests): the clock's due-work engine at scale. */
package dev.atelier.app.benchmark;
