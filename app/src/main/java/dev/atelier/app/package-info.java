/** The Spring Boot application: start-up, wiring of the core and the adapters, the local console. */
package dev.atelier.app;
