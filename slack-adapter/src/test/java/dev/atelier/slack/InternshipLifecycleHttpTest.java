package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole internship driven over HTTP with signed Slack payloads against the real core: a
 * workspace admin creates a cohort, adds a task and starts an internship (a private channel is
 * created and the pair invited), the mentor adds a milestone, the intern submits, the mentor
 * presses "Request changes" (a modal opens), submits feedback in it, the intern resubmits and the
 * mentor presses "Approve". Button ids and modal views are the ones the adapter sent to the fake.
 * Task, internship and milestone numbers and the channel are read from what comes back, so the
 * test does not care which other tests ran before it in the shared application.
 */
class InternshipLifecycleHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0ADMIN";
    static final String INTERN = "U0INTERN";
    static final String MENTOR = "U0MENTOR";

    @Test
    void anInternshipFromCohortToApproval() {
        // given a workspace admin sets up a cohort, a task and an internship
        slack.admin(ADMIN);
        assertThat(command(ADMIN, "ada", "C0GENERAL", "cohort create spring-2026")
                        .param("text"))
                .contains("Cohort *spring-2026* created");
        String added = command(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"")
                .param("text");
        assertThat(added).containsPattern("Task \\*#\\d+ Shop checkout\\* added");
        String task = find("Task \\*#(\\d+) Shop checkout", added);
        FakeSlack.Call started = command(
                ADMIN,
                "ada",
                "C0GENERAL",
                "internship start <@" + INTERN + "|ivy> <@" + MENTOR + "|milo> " + task + " spring-2026");

        // then a private channel exists with its topic and the pair in it
        String internship = find("Internship #(\\d+) started", started.param("text"));
        String workspace = find("<#(C0PRIV\\d+)>", started.param("text"));
        FakeSlack.Call created = slack.createdChannel(workspace);
        assertThat(created.param("name")).isEqualTo("atelier-" + internship + "-ivy");
        assertThat(created.param("is_private")).isIn("true", "1");
        assertThat(started.param("text"))
                .contains("Internship #" + internship + " started")
                .contains("<#" + workspace + ">");
        assertThat(slack.calls("conversations.setTopic"))
                .filteredOn(c -> workspace.equals(c.param("channel")))
                .singleElement()
                .satisfies(c -> assertThat(c.param("topic")).contains("Internship #" + internship + ": Shop checkout"));
        assertThat(slack.calls("conversations.invite"))
                .filteredOn(c -> workspace.equals(c.param("channel")))
                .extracting(c -> c.param("users"))
                .containsExactly(INTERN, MENTOR);
        awaitPost(workspace, "<@" + INTERN + ">");

        // when the mentor adds a milestone and the intern submits, with a mass mention in the notes
        String milestoneAdded = command(
                        MENTOR,
                        "milo",
                        workspace,
                        "milestone add " + internship + " \"Checkout page\" \"Pays with a test card\" 2026-12-15")
                .param("text");
        String milestone = find("M(\\d+) Checkout page", milestoneAdded);
        String m = "M" + milestone;
        assertThat(milestoneAdded).contains(m + " Checkout page");
        assertThat(command(
                                INTERN,
                                "ivy",
                                workspace,
                                "submit " + milestone
                                        + " <https://github.com/ivy/shop/pull/3> \"first draft <!channel> @here\"")
                        .param("text"))
                .contains("Submitted *" + m + " Checkout page*");

        // then the workspace gets the submission card with review buttons, and nobody is pinged
        FakeSlack.Call card = awaitPost(workspace, "submitted *" + m + " Checkout page*");
        assertThat(card.param("blocks"))
                .contains("first draft &lt;!channel&gt;")
                .doesNotContain("<!channel>");
        assertThat(slack.everythingSent()).doesNotContain("<!channel>").doesNotContain(" @here");
        Map<String, String> buttons = buttons(card.param("blocks"));
        assertThat(buttons).containsOnlyKeys("Approve", "Request changes");

        // when the intern presses "Request changes" by mistake
        String wrongUrl = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        INTERN, "ivy", workspace, buttons.get("Request changes"), "Request changes", wrongUrl));

        // then only they see the refusal
        FakeSlack.Call refused = responseTo(wrongUrl);
        assertThat(refused.param("response_type")).isEqualTo("ephemeral");
        assertThat(refused.param("text")).contains("Only the mentor");

        // when the mentor presses "Request changes"
        HttpResponse<String> ack = requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR,
                        "milo",
                        workspace,
                        buttons.get("Request changes"),
                        "Request changes",
                        slack.responseUrl()));
        assertThat(ack.statusCode()).isEqualTo(200);

        // then a modal asks for the feedback
        FakeSlack.Call opened = awaitCalls(
                        "views.open",
                        c -> workspace.equals(
                                c.json("view").get("private_metadata").getAsString()),
                        1)
                .get(0);
        assertThat(opened.param("trigger_id")).isEqualTo("13345224609.738474920.8088930838d88f008e0");
        JsonObject view = opened.json("view");
        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.get("callback_id").getAsString()).isEqualTo("m|review " + milestone + " changes");
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(workspace);
        assertThat(view.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Submit");
        JsonObject input = view.getAsJsonArray("blocks").get(0).getAsJsonObject();
        assertThat(input.get("type").getAsString()).isEqualTo("input");
        assertThat(input.get("block_id").getAsString()).isEqualTo("feedback");
        assertThat(input.getAsJsonObject("element").get("action_id").getAsString())
                .isEqualTo("feedback");

        // when the mentor submits the modal with feedback
        HttpResponse<String> closed = requests()
                .signed(SlackPayloads.viewSubmission(
                        MENTOR, "milo", view, Map.of("feedback", "add tests for the empty cart")));
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).isEmpty();

        // then the mentor sees the result privately and the intern is told in the workspace
        FakeSlack.Call result = awaitCalls("chat.postEphemeral", c -> MENTOR.equals(c.param("user")), 1)
                .get(0);
        assertThat(result.param("channel")).isEqualTo(workspace);
        assertThat(result.param("text")).contains("Changes requested on *" + m + " Checkout page*");
        assertThat(awaitPost(workspace, "requested changes on <@" + INTERN + ">'s *" + m + " Checkout page*")
                        .param("text"))
                .contains("add tests for the empty cart");

        // when the intern resubmits and the mentor presses "Approve" on the new card
        assertThat(command(INTERN, "ivy", workspace, "submit " + milestone + " <https://github.com/ivy/shop/pull/4>")
                        .param("text"))
                .contains("Submitted");
        Map<String, String> again = buttons(
                awaitPost(workspace, "resubmitted *" + m + " Checkout page*").param("blocks"));
        String approveUrl = slack.responseUrl();
        assertThat(requests()
                        .signed(SlackPayloads.blockActions(
                                MENTOR, "milo", workspace, again.get("Approve"), "Approve", approveUrl))
                        .statusCode())
                .isEqualTo(200);

        // then the mentor gets an ephemeral confirmation and the intern the news
        FakeSlack.Call approved = responseTo(approveUrl);
        assertThat(approved.param("response_type")).isEqualTo("ephemeral");
        assertThat(approved.param("replace_original")).isEqualTo("false");
        assertThat(approved.param("text")).contains("Approved *" + m);
        awaitPost(workspace, "approved <@" + INTERN + ">'s *" + m + " Checkout page*");

        // when the pair write in the workspace, and Slack delivers one message again as a retry
        String hello = SlackPayloads.message(INTERN, workspace, "1767225601.000100");
        assertThat(requests().signed(hello).statusCode()).isEqualTo(200);
        assertThat(requests().retried(hello, 1).statusCode()).isEqualTo(200);
        assertThat(requests()
                        .signed(SlackPayloads.message(MENTOR, workspace, "1767225602.000200"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(requests()
                        .signed(SlackPayloads.message(INTERN, "C0GENERAL", "1767225603.000300"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(requests()
                        .signed(SlackPayloads.message(MENTOR, workspace, "1767225604.000400")
                                .replace("\"type\":\"message\",", "\"type\":\"message\",\"subtype\":\"channel_join\","))
                        .statusCode())
                .isEqualTo(200);

        // then status counts the two messages of the workspace once each
        assertThat(command(INTERN, "ivy", workspace, "status").param("text")).contains("💬 2 messages exchanged");
    }

    private static FakeSlack.Call awaitPost(String channel, String fragment) {
        return awaitCalls(
                        "chat.postMessage",
                        c -> channel.equals(c.param("channel"))
                                && (c.param("text") + c.param("blocks")).contains(fragment),
                        1)
                .get(0);
    }
}
