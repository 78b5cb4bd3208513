/**
 * The core as Spring beans: {@code CoreConfiguration} assembles it (the only application class that reaches
 * the core's assembly) and hands out each part the application uses as a bean of its own; {@code
 * StoreHealthIndicator} reports the store in {@code /actuator/health}.
 */
package dev.atelier.app.core;
