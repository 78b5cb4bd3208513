/**
 * The embedded database: when no {@code spring.mongodb.uri} is configured, the application
 * starts a MongoDB-wire server (mongo-java-server with an H2 MVStore file under
 * {@code atelier.store.embedded.path}) and points Spring Boot's Mongo auto-configuration at it.
 * <p>
 * Every state-changing command is committed to the store file (and, when
 * {@code atelier.store.embedded.fsync} is on, forced to the disk) before its reply is sent, so an
 * acknowledged write survives a crash of the process. See {@link dev.atelier.app.storage.DurableH2Backend}.
 */
package dev.atelier.app.storage;
