package dev.atelier.app.operations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts signed {@code /atelier} slash commands, in Slack's format, to a running Atelier. */
public final class SignedCommands {

    private final HttpClient http;
    private final String url;
    private final String secret;

    public SignedCommands(HttpClient http, String url, String secret) {
        this.http = http;
        this.url = url;
        this.secret = secret;
    }

    /** The request for one command: {@code trigger} is its delivery key, {@code responseUrl} where it is answered. */
    public HttpRequest request(String team, String user, String text, String trigger, String responseUrl) {
        String body = "team_id=" + team + "&team_domain=acme&channel_id=C1&user_id=" + user + "&user_name="
                + user.toLowerCase(Locale.ROOT) + "&command=%2Fatelier&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=" + trigger;
        String ts = Long.toString(Instant.now().getEpochSecond());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "v0="
                    + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
            return HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one command and returns the HTTP status of the acknowledgement. */
    public int send(String team, String user, String text, String trigger, String responseUrl) throws Exception {
        return http.send(request(team, user, text, trigger, responseUrl), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
