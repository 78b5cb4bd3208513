package dev.atelier.app.dashboard;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every dashboard response carries: not cached, not framed, no scripts, no referrer to other sites. */
final class SecurityHeaders {

    private SecurityHeaders() {}

    static void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'self'; img-src 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}
