package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Hours, the final-review modal behind "Complete internship", the pay statement and the credential
 * link, over HTTP with signed Slack payloads against the real core. It runs in a context (and
 * store) of its own, reads the task, internship, milestone and channel it gets back, and clears
 * the shared fake's recorded calls after itself.
 */
@TestPropertySource(properties = "atelier.test.context=completion-flow")
@DirtiesContext
class CompletionFlowHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U1ADMIN";
    static final String INTERN = "U1INTERN";
    static final String MENTOR = "U1MENTOR";
    static final Pattern CREDENTIAL = Pattern.compile("http://localhost:8080/credentials/[0-9a-f-]{36}");

    @AfterEach
    void leaveTheFakeAsFound() {
        slack.reset();
    }

    @Test
    void theMentorCompletesThroughTheFinalReviewModalAndAnyoneCanVerifyTheCredential() {
        // given an internship on a paid task whose only milestone is submitted, with hours logged
        slack.admin(ADMIN);
        String task = find(
                "Task \\*#(\\d+)",
                command(ADMIN, "ada", "C1GENERAL", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\"")
                        .param("text"));
        String started = command(
                        ADMIN,
                        "ada",
                        "C1GENERAL",
                        "internship start <@" + INTERN + "|ivy> <@" + MENTOR + "|milo> " + task)
                .param("text");
        String internship = find("Internship #(\\d+) started", started);
        String workspace = find("<#(C0PRIV\\d+)>", started);
        String milestone = find(
                "M(\\d+) Checkout page",
                command(MENTOR, "milo", workspace, "milestone add " + internship + " \"Checkout page\"")
                        .param("text"));
        assertThat(command(INTERN, "ivy", workspace, "log 30").param("text")).contains("at most 24 hours");
        assertThat(command(INTERN, "ivy", workspace, "log 20 \"checkout form\"").param("text"))
                .contains("Logged 20 h on internship #" + internship);
        command(INTERN, "ivy", workspace, "submit " + milestone + " <https://github.com/ivy/shop/pull/3>");

        // when the mentor approves, the reply offers "Complete internship", which opens the final review
        FakeSlack.Call approved = command(MENTOR, "milo", workspace, "review " + milestone + " approve");
        String complete = buttons(approved.param("blocks")).get("Complete internship");
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR, "milo", workspace, complete, "Complete internship", slack.responseUrl()));
        JsonObject view = awaitCalls(
                        "views.open", c -> c.param("view").contains("internship complete " + internship), 1)
                .get(0)
                .json("view");
        assertThat(view.get("callback_id").getAsString()).isEqualTo("m|internship complete " + internship);
        assertThat(StreamSupport.stream(view.getAsJsonArray("blocks").spliterator(), false)
                        .map(b -> b.getAsJsonObject().get("block_id").getAsString()))
                .containsExactly("score", "skills", "strengths", "endorsement");

        // and the mentor submits the review
        requests()
                .signed(SlackPayloads.viewSubmission(
                        MENTOR,
                        "milo",
                        view,
                        Map.of(
                                "score",
                                "8",
                                "skills",
                                "java, sql",
                                "strengths",
                                "Careful tests",
                                "endorsement",
                                "Ivy shipped a solid checkout.")));

        // then the mentor sees the statement and the credential link; the workspace announces it
        FakeSlack.Call result = awaitCalls(
                        "chat.postEphemeral",
                        c -> MENTOR.equals(c.param("user"))
                                && (c.param("text") + c.param("blocks")).contains("is complete"),
                        1)
                .get(0);
        String shown = result.param("text") + result.param("blocks");
        assertThat(shown).contains("340.00 USD", "60.00 USD");
        Matcher link = CREDENTIAL.matcher(shown);
        assertThat(link.find()).isTrue();
        awaitCalls(
                "chat.postMessage",
                c -> workspace.equals(c.param("channel"))
                        && (c.param("text") + c.param("blocks")).contains(link.group()),
                1);

        // and anyone verifies it, while a changed link is unknown
        assertThat(command(INTERN, "ivy", "C1GENERAL", "verify <" + link.group() + ">")
                        .param("text"))
                .contains("Valid credential");
        String other = link.group().substring(0, link.group().length() - 1)
                + (link.group().endsWith("0") ? "1" : "0");
        assertThat(command(INTERN, "ivy", "C1GENERAL", "verify " + other).param("text"))
                .contains("Unknown");
    }
}
