package dev.atelier.core.workspace;

import dev.atelier.core.community.Platform;

/**
 * Port: what adapters report about their calls to a platform's API, for monitoring. The application
 * implements it with its metrics registry.
 */
public interface ApiMetrics {

    /** Reports nothing. */
    ApiMetrics NONE = new ApiMetrics() {};

    /** A call to {@code method} failed with {@code error} (the platform's error code, or a transport error). */
    default void failed(Platform platform, String method, String error) {}

    /** A call to {@code method} was rate-limited (HTTP 429). */
    default void rateLimited(Platform platform, String method) {}
}
