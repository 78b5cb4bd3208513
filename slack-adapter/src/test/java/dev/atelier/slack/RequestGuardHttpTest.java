package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code POST /slack/events} is verified before it is read: size cap, signature and timestamp on the
 * raw bytes, nothing from an unauthenticated request in the log, 400 for signed garbage.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestGuardHttpTest extends SlackHttpTestBase {

    private static final int OVER_THE_CAP = 1024 * 1024 + 4096;

    @Test
    void anOversizedUnsignedBodyGets413AndLeavesNoTraceInTheLog(CapturedOutput output) {
        // given a body over the 1 MB cap with a marker in it
        String body = "command=%2Fatelier&text=OVERSIZEDMARKER" + "a".repeat(OVER_THE_CAP);

        // when
        HttpResponse<String> declared = requests().unsigned(body);

        // then
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(output.getAll()).doesNotContain("OVERSIZEDMARKER");
    }

    @Test
    void anOversizedBodyWithoutADeclaredLengthIsCutOffWhileReading(CapturedOutput output) throws Exception {
        // given a chunked body (no Content-Length), signed so only the size can refuse it
        byte[] body =
                ("command=%2Fatelier&text=CHUNKEDMARKER" + "a".repeat(OVER_THE_CAP)).getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + SlackConfiguration.EVENTS_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", requests().signature(new String(body, StandardCharsets.UTF_8), now))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        // when
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(output.getAll()).doesNotContain("CHUNKEDMARKER");
    }

    @Test
    void aTimestampInTheFutureIsRefusedAndChangesNothing() {
        // given
        slack.admin("U0ADMINFUT");
        long now = Instant.now().getEpochSecond();
        String soon = SlackPayloads.slashCommand(
                "U0ADMINFUT", "fay", "C0GENERAL", "cohort create future-soon", slack.responseUrl());
        String nextYear = SlackPayloads.slashCommand(
                "U0ADMINFUT", "fay", "C0GENERAL", "cohort create future-year", slack.responseUrl());

        // when
        HttpResponse<String> sixMinutesAhead = requests().signedAt(soon, now + 6 * 60);
        HttpResponse<String> aYearAhead = requests().signedAt(nextYear, now + 365L * 24 * 3600);

        // then
        assertThat(sixMinutesAhead.statusCode()).isEqualTo(401);
        assertThat(aYearAhead.statusCode()).isEqualTo(401);
        assertThat(command("U0ADMINFUT", "fay", "C0GENERAL", "cohort list").param("text"))
                .doesNotContain("future-");
    }

    @Test
    void aTimestampAMinuteAheadIsWithinTheWindow() {
        // given a sender whose clock runs a minute fast
        String responseUrl = slack.responseUrl();
        String body = SlackPayloads.slashCommand("U0FAST", "fast", "C0GENERAL", "help", responseUrl);

        // when
        HttpResponse<String> ack = requests().signedAt(body, Instant.now().getEpochSecond() + 60);

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(responseTo(responseUrl).param("text")).contains("What you can do now");
    }

    @Test
    void anUnsignedBodyWithLineBreaksNeverReachesTheLog(CapturedOutput output) {
        // given garbage that would forge a log line if it were logged
        String body = "{\"type\":\"nonsense\"}\n2026-01-01 ERROR FORGEDLINE admin password reset\r\n";

        // when
        HttpResponse<String> response = requests().unsigned(body);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain("FORGEDLINE").doesNotContain("nonsense");
    }

    @Test
    void unsignedMalformedBodiesGet401NotAStackTrace(CapturedOutput output) {
        // when
        HttpResponse<String> json = requests().unsigned("{\"type\":\"event_callback\"");
        HttpResponse<String> payload = requests().unsigned("payload=%7Bbroken");

        // then
        assertThat(json.statusCode()).isEqualTo(401);
        assertThat(payload.statusCode()).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("broken");
    }

    @Test
    void signedMalformedBodiesGet400NotA500(CapturedOutput output) {
        // when
        HttpResponse<String> brokenJson = requests().signed("payload=%7Bbroken");
        HttpResponse<String> eventWithoutEvent = requests().signed("{\"type\":\"event_callback\",\"team_id\":\"T1\"}");
        HttpResponse<String> submissionWithoutView =
                requests().signed(SignedRequests.interactionBody("{\"type\":\"view_submission\"}"));
        HttpResponse<String> unknownShape = requests().signed("hello=world");

        // then
        assertThat(brokenJson.statusCode()).isEqualTo(400);
        assertThat(eventWithoutEvent.statusCode()).isEqualTo(400);
        assertThat(submissionWithoutView.statusCode()).isEqualTo(400);
        assertThat(unknownShape.statusCode()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("Exception");
    }

    @Test
    void userTextIsLoggedOnOneLine() {
        // when
        String logged = LogSafe.text("ask\n2026-01-01 ERROR forged\r\tline\u2028x");

        // then
        assertThat(logged)
                .doesNotContain("\n")
                .doesNotContain("\r")
                .doesNotContain("\u2028")
                .isEqualTo("ask\\n2026-01-01 ERROR forged\\r\\tline\\u2028x");
        assertThat(LogSafe.text("x".repeat(10_000))).hasSizeLessThan(300);
    }
}
