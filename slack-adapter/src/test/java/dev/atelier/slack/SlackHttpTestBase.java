package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the test application on a random port with the Web API pointed at a {@link FakeSlack},
 * and posts signed, real-format Slack requests to {@code /slack/events}. Every test class that
 * extends it shares one application and one fake; tests use their own users and channels.
 */
@SpringBootTest(
        classes = SlackTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "atelier.slack.bot-token=xoxb-test-token",
            "atelier.slack.signing-secret=" + SlackHttpTestBase.SIGNING_SECRET,
            "atelier.slack.response-url-hosts=127.0.0.1",
            "management.endpoint.health.show-details=always",
            "management.endpoints.web.exposure.include=health"
        })
abstract class SlackHttpTestBase {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final FakeSlack slack = start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("atelier.slack.api-url", slack::apiUrl);
    }

    SignedRequests requests() {
        return new SignedRequests("http://127.0.0.1:" + port + SlackConfiguration.EVENTS_PATH, SIGNING_SECRET);
    }

    /** Runs {@code /atelier text} as the user, checks the empty ack, and returns what came to the response_url. */
    /**
     * The given steps of a pairing in {@code channel}: the moderator {@code admin} (ada) creates {@code cohort} with
     * a task titled {@code title}, the intern (bea, learning css) and the mentor (ben, css) join it, and the moderator
     * previews the pairs.
     */
    void cohortReadyToPair(String admin, String intern, String mentor, String channel, String cohort, String title) {
        slack.admin(admin);
        command(admin, "ada", channel, "cohort create " + cohort);
        String task = find(
                "#(\\d+) " + title,
                command(admin, "ada", channel, "task add \"" + title + "\" \"Something real\" \"100 USD\" 10 css")
                        .param("text"));
        command(admin, "ada", channel, "cohort task " + cohort + " " + task + " 1");
        command(intern, "bea", channel, "profile set learning:css timezone:UTC window:9-17");
        command(mentor, "ben", channel, "profile set expertise:css timezone:UTC window:9-17");
        command(intern, "bea", channel, "cohort join " + cohort + " intern");
        command(mentor, "ben", channel, "cohort join " + cohort + " mentor");
        command(admin, "ada", channel, "pair preview " + cohort);
    }

    FakeSlack.Call command(String userId, String userName, String channelId, String text) {
        String responseUrl = slack.responseUrl();
        HttpResponse<String> ack =
                requests().signed(SlackPayloads.slashCommand(userId, userName, channelId, text, responseUrl));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        return responseTo(responseUrl);
    }

    /** Waits for the one post the adapter makes to {@code responseUrl}. */
    static FakeSlack.Call responseTo(String responseUrl) {
        String path = java.net.URI.create(responseUrl).getPath();
        return await().atMost(PATIENCE)
                .until(
                        () -> slack.calls("respond").stream()
                                .filter(c -> c.path().equals(path))
                                .findFirst()
                                .orElse(null),
                        call -> call != null);
    }

    /** Waits until {@code count} calls of {@code method} match, and returns them. */
    static List<FakeSlack.Call> awaitCalls(
            String method, java.util.function.Predicate<FakeSlack.Call> filter, int count) {
        return await().atMost(PATIENCE)
                .until(() -> slack.calls(method).stream().filter(filter).toList(), calls -> calls.size() >= count);
    }

    /** The first group of {@code pattern} in {@code text}; fails the test when it is not there. */
    static String find(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    /** Button label to action id, from the actions blocks of a message. */
    static Map<String, String> buttons(String blocks) {
        if (blocks == null) {
            return Map.of();
        }
        return StreamSupport.stream(
                        JsonParser.parseString(blocks).getAsJsonArray().spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(b -> b.get("type").getAsString().equals("actions"))
                .flatMap(b -> StreamSupport.stream(b.getAsJsonArray("elements").spliterator(), false))
                .map(JsonElement::getAsJsonObject)
                .collect(Collectors.toMap(
                        e -> e.getAsJsonObject("text").get("text").getAsString(),
                        e -> e.get("action_id").getAsString()));
    }

    private static FakeSlack start() {
        try {
            return new FakeSlack();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
