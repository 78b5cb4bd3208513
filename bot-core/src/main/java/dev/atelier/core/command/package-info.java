/**
 * The command catalog (the single source every adapter registers, parses and documents), option
 * parsing and validation, and {@link dev.atelier.core.command.AtelierBot}, the one entry point of
 * every adapter.
 */
package dev.atelier.core.command;
