package dev.atelier.slack;

/** A Web API call that failed: Slack's error code ({@code missing_scope}, {@code name_taken}, ...) and what it needed. */
final class SlackError extends RuntimeException {

    private final String method;
    private final String error;
    private final String needed;
    private final int status;
    private final String retryAfter;

    SlackError(String method, String error, String needed, Throwable cause) {
        this(method, error, needed, cause, 0, null);
    }

    /** With the HTTP status of a non-200 answer and its {@code Retry-After} header (may be null). */
    SlackError(String method, String error, String needed, Throwable cause, int status, String retryAfter) {
        super(
                method + " failed: " + error + (needed == null ? "" : " (needs " + needed + ")")
                        + (cause == null ? "" : ": " + cause),
                cause);
        this.method = method;
        this.error = error;
        this.needed = needed;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status when Slack answered other than 200 (429, 5xx), else 0. */
    int status() {
        return status;
    }

    /** The {@code Retry-After} header of a 429, or null. */
    String retryAfter() {
        return retryAfter;
    }

    String method() {
        return method;
    }

    String error() {
        return error;
    }

    String needed() {
        return needed;
    }

    boolean is(String code) {
        return code.equals(error);
    }
}
