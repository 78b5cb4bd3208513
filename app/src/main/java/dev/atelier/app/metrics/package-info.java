/**
 * Metrics for {@code /actuator/prometheus} (Micrometer): commands by name and outcome, reply latency,
 * inbox depth, due-work lag and platform API errors, reported through the core's ports; store latency
 * comes from Spring Boot's MongoDB command listener ({@code mongodb.driver.commands}).
 */
package dev.atelier.app.metrics;
