/**
 * Assembly of the core: the command catalog entries of every feature (each only translates
 * options into a use-case call) and {@link dev.atelier.core.assembly.AtelierCore}, which wires
 * stores, use cases and the bot together.
 */
package dev.atelier.core.assembly;
