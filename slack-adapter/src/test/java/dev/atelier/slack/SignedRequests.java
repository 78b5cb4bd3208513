package dev.atelier.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts to the running app the way Slack does: form-encoded bodies signed with the signing secret
 * ({@code X-Slack-Signature: v0=HMAC-SHA256("v0:" + timestamp + ":" + body)} and
 * {@code X-Slack-Request-Timestamp}), or deliberately unsigned, forged or stale.
 */
final class SignedRequests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String secret;

    SignedRequests(String endpoint, String secret) {
        this.endpoint = URI.create(endpoint);
        this.secret = secret;
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String interactionBody(String payloadJson) {
        return "payload=" + encode(payloadJson);
    }

    /** The payload JSON of an interaction body made by {@link #interactionBody}. */
    static String payloadOf(String body) {
        return java.net.URLDecoder.decode(body.substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
    }

    HttpResponse<String> signed(String body) {
        long now = Instant.now().getEpochSecond();
        return post(body, now, signature(body, now));
    }

    /** Signed as Slack does when it delivers an event again: with {@code X-Slack-Retry-Num}. */
    HttpResponse<String> retried(String body, int retryNum) {
        long now = Instant.now().getEpochSecond();
        return post(body, now, signature(body, now), retryNum);
    }

    HttpResponse<String> signedAt(String body, long timestamp) {
        return post(body, timestamp, signature(body, timestamp));
    }

    HttpResponse<String> forged(String body) {
        long now = Instant.now().getEpochSecond();
        return post(body, now, new SignedRequests(endpoint.toString(), "not-the-secret").signature(body, now));
    }

    HttpResponse<String> unsigned(String body) {
        return post(body, null, null);
    }

    String signature(String body, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String body, Long timestamp, String signature) {
        return post(body, timestamp, signature, null);
    }

    private HttpResponse<String> post(String body, Long timestamp, String signature, Integer retryNum) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", Long.toString(timestamp));
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        if (retryNum != null) {
            request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
