package dev.atelier.slack;

/** A Web API call that failed: Slack's error code ({@code missing_scope}, {@code name_taken}, ...) and what it needed. */
final class SlackError extends RuntimeException {

    private final String method;
    private final String error;
    private final String needed;

    SlackError(String method, String error, String needed, Throwable cause) {
        super(method + " failed: " + error + (needed == null ? "" : " (needs " + needed + ")")
                + (cause == null ? "" : ": " + cause), cause);
        this.method = method;
        this.error = error;
        this.needed = needed;
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
