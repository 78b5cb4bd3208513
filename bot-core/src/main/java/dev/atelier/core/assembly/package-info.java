/**
 * The composition root of the core: {@link dev.atelier.core.assembly.AtelierCore} builds the shared
 * {@link dev.atelier.core.assembly.CoreContext} (stores, clock, the way out, settings, shared use
 * cases), registers every feature listed in {@link dev.atelier.core.assembly.Features} (one line each;
 * each feature package holds its own commands) and wires the clock, the outbox and the inbox. Nothing
 * outside the composition root depends on this package.
 */
package dev.atelier.core.assembly;
