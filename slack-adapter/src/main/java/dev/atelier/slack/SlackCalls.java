package dev.atelier.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.ApiMetrics;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the Slack Web API with the bot token: turns {@code ok:false} answers, transport errors and
 * unreadable answers into {@link SlackError}, and waits out a 429 ({@code Retry-After}, capped) a couple of times.
 */
final class SlackCalls {

    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    private static final int ATTEMPTS = 3;
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient client) throws IOException, SlackApiException;
    }

    private final MethodsClient client;
    private final ApiMetrics metrics;

    SlackCalls(MethodsClient client) {
        this(client, ApiMetrics.NONE);
    }

    /** Reporting failed and rate-limited calls to {@code metrics}. */
    SlackCalls(MethodsClient client, ApiMetrics metrics) {
        this.client = client;
        this.metrics = metrics;
    }

    /** Calls {@code method}, waiting out rate limits a couple of times. */
    <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, call, ATTEMPTS);
    }

    /** Calls {@code method} once, for what cannot wait (views.open within a trigger's 3 s, health probes). */
    <T extends SlackApiTextResponse> T callOnce(String method, Call<T> call) {
        return call(method, call, 1);
    }

    private <T extends SlackApiTextResponse> T call(String method, Call<T> call, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.on(client);
                if (!response.isOk()) {
                    metrics.failed(Platform.SLACK, method, response.getError());
                    throw new SlackError(method, response.getError(), response.getNeeded(), null);
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse() == null ? 0 : e.getResponse().code();
                if (status == 429) {
                    metrics.rateLimited(Platform.SLACK, method);
                }
                if (status != 429 || attempt >= attempts) {
                    String error = e.getError() != null && e.getError().getError() != null
                            ? e.getError().getError()
                            : "http_" + status;
                    metrics.failed(Platform.SLACK, method, error);
                    throw new SlackError(
                            method,
                            error,
                            null,
                            e,
                            status,
                            e.getResponse() == null ? null : e.getResponse().header("Retry-After"));
                }
                waitOut(method, e.getResponse().header("Retry-After"));
            } catch (IOException e) {
                metrics.failed(Platform.SLACK, method, "network_error");
                throw new SlackError(method, "network_error", null, e);
            } catch (SlackError e) {
                throw e;
            } catch (RuntimeException e) {
                metrics.failed(Platform.SLACK, method, "unreadable_response");
                throw new SlackError(method, "unreadable_response", null, e);
            }
        }
    }

    private static void waitOut(String method, String retryAfter) {
        long seconds = 1;
        try {
            seconds = Math.max(1, Long.parseLong(retryAfter == null ? "1" : retryAfter.strip()));
        } catch (NumberFormatException e) {
            // keep one second
        }
        Duration wait = Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()));
        log.info("Slack rate-limited {}; retrying in {} s", method, wait.toSeconds());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackError(method, "interrupted while rate-limited", null, e);
        }
    }
}
