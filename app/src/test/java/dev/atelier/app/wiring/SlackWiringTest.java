package dev.atelier.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AtelierApplication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application with Slack configured: a signed slash command over HTTP runs through the
 * app's own wiring (core bean, Slack adapter, embedded store) and reaches the Web API and the
 * response URL of a local stand-in for Slack.
 */
class SlackWiringTest {

    static final String SECRET = "wiring-secret";
    final HttpClient http = HttpClient.newHttpClient();
    final java.util.concurrent.atomic.AtomicInteger triggers = new java.util.concurrent.atomic.AtomicInteger();

    @TempDir
    Path data;

    MiniSlack slack;
    ConfigurableApplicationContext app;
    String base;

    @BeforeEach
    void start() throws Exception {
        slack = new MiniSlack();
        app = new SpringApplication(AtelierApplication.class)
                .run(
                        "--server.port=0",
                        "--atelier.store.embedded.path=" + data,
                        "--atelier.store.embedded.fsync=false",
                        "--atelier.slack.bot-token=xoxb-test",
                        "--atelier.slack.signing-secret=" + SECRET,
                        "--atelier.slack.api-url=" + slack.apiUrl(),
                        "--atelier.discord.token=",
                        "--atelier.slack.response-url-hosts=127.0.0.1");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    int command(String text) throws Exception {
        String body = "team_id=T1&team_domain=acme&channel_id=C1&user_id=UADMIN&user_name=ada&command=%2Fatelier"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack.responseUrl(), StandardCharsets.UTF_8)
                + "&trigger_id=" + triggers.incrementAndGet() + ".2.3";
        String ts = Long.toString(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0="
                + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    void awaitCall(Predicate<MiniSlack.Call> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (slack.calls().stream().noneMatch(expected)) {
            assertThat(Instant.now())
                    .as("Slack calls so far: %s", slack.calls())
                    .isBefore(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void aSignedSlashCommandRunsThroughTheWholeApplication() throws Exception {
        assertThat(command("task add Shop \"Build a shop\"")).isEqualTo(200);
        awaitCall(c -> c.path().startsWith("/response/") && c.body().contains("Task *#1 Shop* added"));

        assertThat(command("internship start <@U2|ann> <@U3|bo> 1")).isEqualTo(200);
        awaitCall(c -> c.path().equals("/api/conversations.create") && c.body().contains("atelier-1-ann"));
        awaitCall(c -> c.path().equals("/api/chat.postMessage") && c.body().contains("G1"));
        awaitCall(c -> c.path().startsWith("/response/") && c.body().contains("Internship #1 started"));

        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"slack\":{\"status\":\"UP\"").contains("\"mongo\":{\"status\":\"UP\"");
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("team_id=T1&user_id=UADMIN&command=%2Fatelier"
                                + "&text=cohort+create+x&response_url=" + slack.responseUrl()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
