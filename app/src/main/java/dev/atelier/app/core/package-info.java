/** Wires the core (stores, use cases, catalog, bot) as Spring beans. */
package dev.atelier.app.core;
