package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.atelier.core.testing.TestAtelier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Replays and repeated deliveries act once: the same signed request posted again within its window,
 * and the same form submitted again (Slack retrying, a double click, ten at once), each create one
 * thing. The application has its own store so the counts are its own.
 */
@TestPropertySource(properties = "atelier.test.context=repeats")
@DirtiesContext
class RepeatedDeliveriesHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0RADMIN";
    static final String INTERN = "U0RINTERN";
    static final String MENTOR = "U0RMENTOR";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");
    private static final Duration SETTLE = Duration.ofMillis(500);

    private static String workspace;

    @Autowired
    TestAtelier atelier;

    @BeforeEach
    void internship() {
        if (workspace != null) {
            return;
        }
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0GENERAL", "task add \"Repeats task\" \"Ask things\"");
        String task = command(ADMIN, "ada", "C0GENERAL", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) Repeats task.*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "internship start <@" + INTERN + "|rita> <@" + MENTOR + "|remy> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        workspace = channel.group(1);
    }

    @Test
    void aReplayedSignedCommandIsAcknowledgedButCreatesOneTask() {
        // given one signed request
        String responseUrl = slack.responseUrl();
        String body = SlackPayloads.slashCommand(
                ADMIN, "ada", "C0GENERAL", "task add \"Replayed task\" \"Created once\"", responseUrl);
        long now = Instant.now().getEpochSecond();
        String signature = requests().signature(body, now);

        // when it is posted, then replayed three times
        List<HttpResponse<String>> acks = IntStream.range(0, 4)
                .mapToObj(i -> requests().post(body, now, signature))
                .toList();

        // then every post is acknowledged, and one task exists, answered once
        assertThat(acks).allSatisfy(ack -> {
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).isEmpty();
        });
        assertStaysAtOne("tasks", new Document("title", "Replayed task"));
        String path = URI.create(responseUrl).getPath();
        assertThat(slack.calls("respond"))
                .filteredOn(c -> c.path().equals(path))
                .hasSize(1);
    }

    @Test
    void theAskFormSubmittedTwiceAsksOnce() {
        // given the ask form, filled in
        String body = submittedAskForm("Submitted twice: what is the port?");

        // when Slack delivers the submission twice (signed anew each time, as a retry is)
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> first = requests().signedAt(body, now);
        HttpResponse<String> second = requests().signedAt(body, now - 1);

        // then
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertStaysAtOne("questions", new Document("text", "Submitted twice: what is the port?"));
    }

    @Test
    void theAskFormSubmittedTenTimesAtOnceAsksOnce() {
        // given
        String body = submittedAskForm("Submitted ten times: which branch?");
        long now = Instant.now().getEpochSecond();

        // when ten deliveries of the same submission arrive together
        List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 10)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> requests().signedAt(body, now - i)))
                .toList();

        // then all are acknowledged and one question is asked
        assertThat(posts)
                .allSatisfy(post -> assertThat(post.join().statusCode()).isEqualTo(200));
        assertStaysAtOne("questions", new Document("text", "Submitted ten times: which branch?"));
    }

    @Test
    void anEventDeliveredAgainWithTheSameIdActsOnce() {
        // when the Home tab's event arrives, then again as Slack's retry
        String opened = SlackPayloads.appHomeOpened(MENTOR, "Ev0REPEATEDHOME");
        assertThat(requests().signed(opened).statusCode()).isEqualTo(200);
        assertThat(requests().retried(opened, 1).statusCode()).isEqualTo(200);

        // then the Home tab is published once
        awaitCalls("views.publish", c -> MENTOR.equals(c.param("user_id")), 1);
        await().during(SETTLE)
                .atMost(SETTLE.multipliedBy(4))
                .until(() -> slack.calls("views.publish").stream()
                                .filter(c -> MENTOR.equals(c.param("user_id")))
                                .count()
                        == 1);
    }

    private String submittedAskForm(String question) {
        String responseUrl = slack.responseUrl();
        assertThat(requests()
                        .signed(SlackPayloads.slashCommand(INTERN, "rita", workspace, "ask", responseUrl))
                        .statusCode())
                .isEqualTo(200);
        FakeSlack.Call form = awaitCalls("views.open", c -> c.param("view").contains("m|ask"), 1)
                .get(0);
        JsonObject view = form.json("view");
        return SlackPayloads.viewSubmission(INTERN, "rita", view, Map.of("question", question));
    }

    /** Waits for the one document, then checks no second one follows while the work pool settles. */
    private void assertStaysAtOne(String collection, Document filter) {
        await().atMost(PATIENCE).until(() -> count(collection, filter) >= 1);
        await().during(SETTLE).atMost(SETTLE.multipliedBy(4)).until(() -> count(collection, filter) == 1);
    }

    private long count(String collection, Document filter) {
        return atelier.mongo().getCollection(collection).countDocuments(filter);
    }
}
