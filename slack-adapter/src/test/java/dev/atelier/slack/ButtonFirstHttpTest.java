package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.atelier.core.testing.ShiftedClock;
import dev.atelier.core.testing.TestAtelier;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An internship run from the app's Home tab with buttons and forms only, over HTTP with signed Slack
 * payloads: each member's Home shows the actions they can take now; each opens a modal (the
 * milestone a menu of the intern's open milestones); the mentor approves on the card. Its people and
 * channels are its own.
 */
class ButtonFirstHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0BADMIN";
    static final String INTERN = "U0BINTERN";
    static final String MENTOR = "U0BMENTOR";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");

    /** Other classes read the shared fake's calls (such as the forms it opened) from the start. */
    @AfterAll
    static void clearTheRecordedCalls() {
        slack.reset();
    }

    @Autowired
    ShiftedClock coreClock;

    @Autowired
    TestAtelier atelier;

    @Test
    void aPairRunsTheirInternshipFromTheHomeTab() {
        // given a moderator pairs them
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0BUTTONS", "task add \"Button task\" \"Something real\"");
        String task = command(ADMIN, "ada", "C0BUTTONS", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) Button task.*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0BUTTONS",
                        "internship start <@" + INTERN + "|bea> <@" + MENTOR + "|ben> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        String workspace = channel.group(1);

        // when the mentor opens Home, then it offers what a mentor can do now
        Map<String, String> mentorHome = home(MENTOR, "home-1");
        assertThat(mentorHome)
                .containsKeys("Add a milestone", "Review what waits")
                .doesNotContainKey("Submit work");

        // when the mentor adds a milestone with its form
        JsonObject adding = open(MENTOR, "ben", mentorHome.get("Add a milestone"), "Add a milestone");
        assertThat(requests()
                        .signed(SlackPayloads.viewSubmission(MENTOR, "ben", adding, Map.of("title", "Button draft")))
                        .statusCode())
                .isEqualTo(200);
        awaitCalls("chat.postMessage", c -> String.valueOf(c.param("text")).contains("Button draft"), 1);

        // then the intern's Home offers Submit work, and its form has her open milestone as a menu
        Map<String, String> internHome = home(INTERN, "home-2");
        assertThat(internHome).containsKeys("Submit work", "Ask my mentor", "Log hours", "Propose a milestone");
        JsonObject submitting = open(INTERN, "bea", internHome.get("Submit work"), "Submit work");
        JsonObject milestone = block(submitting, "milestone").getAsJsonObject("element");
        assertThat(milestone.get("type").getAsString()).isEqualTo("static_select");
        String value = milestone
                .getAsJsonArray("options")
                .get(0)
                .getAsJsonObject()
                .get("value")
                .getAsString();
        assertThat(block(submitting, "link").get("optional").getAsBoolean()).isFalse();
        assertThat(block(submitting, "notes").get("optional").getAsBoolean()).isTrue();
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN,
                        "bea",
                        submitting,
                        Map.of("link", "https://example.org/button"),
                        Map.of("milestone", value)));

        // and the mentor approves on the card, which is updated in place
        FakeSlack.Call card = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && String.valueOf(c.param("blocks")).contains("Button draft")
                                && String.valueOf(c.param("blocks")).contains("Approve"),
                        1)
                .get(0);
        String approve = LivingMessagesHttpTest.buttons(card.param("blocks")).get("Approve");
        String approvedUrl = slack.responseUrl();
        requests().signed(SlackPayloads.blockActions(MENTOR, "ben", workspace, approve, "Approve", approvedUrl));
        String ts = slack.tsOf(card);
        awaitCalls("chat.update", c -> workspace.equals(c.param("channel")) && ts.equals(c.param("ts")), 1);

        // and the intern asks her mentor from Home
        JsonObject asking = open(INTERN, "bea", home(INTERN, "home-3").get("Ask my mentor"), "Ask my mentor");
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN, "bea", asking, Map.of("question", "Which colour for the button?")));
        awaitCalls(
                "chat.postMessage",
                c -> workspace.equals(c.param("channel"))
                        && String.valueOf(c.param("text")).contains("Which colour for the button?"),
                1);

        // when the week turns, the check-in prompt reaches the intern by DM with its button
        try {
            coreClock.moveTo(DayOfWeek.MONDAY, LocalTime.of(10, 30));
            atelier.services().clockRound().run();
            FakeSlack.Call prompt = awaitCalls(
                            "chat.postMessage",
                            c -> String.valueOf(c.param("channel")).contains(INTERN)
                                    && String.valueOf(c.param("blocks")).contains("Answer check-in"),
                            1)
                    .get(0);
            assertThat(prompt.param("text") + prompt.param("blocks")).contains("Check-in #1");
            String promptChannel = prompt.param("channel");
            String answerCheckin =
                    LivingMessagesHttpTest.buttons(prompt.param("blocks")).get("Answer check-in");

            // then she answers it with the button and its form
            int formsBefore = slack.calls("views.open").size();
            requests()
                    .signed(SlackPayloads.blockActions(
                            INTERN, "bea", promptChannel, answerCheckin, "Answer check-in", slack.responseUrl()));
            JsonObject checkin = awaitCalls("views.open", c -> true, formsBefore + 1)
                    .get(formsBefore)
                    .json("view");
            assertThat(checkin.getAsJsonObject("title").get("text").getAsString())
                    .isEqualTo("Answer check-in");
            assertThat(block(checkin, "done").get("optional").getAsBoolean()).isFalse();
            requests()
                    .signed(SlackPayloads.viewSubmission(
                            INTERN,
                            "bea",
                            checkin,
                            Map.of(
                                    "done",
                                    "the checkout button",
                                    "blocks",
                                    "nothing",
                                    "next",
                                    "the footer",
                                    "confidence",
                                    "4")));

            // and the prompt is updated in place, and the mentor reads the answer in the workspace
            String promptTs = slack.tsOf(prompt);
            awaitCalls("chat.update", c -> promptTs.equals(c.param("ts")), 1);
            FakeSlack.Call answered = awaitCalls(
                            "chat.postMessage",
                            c -> workspace.equals(c.param("channel"))
                                    && String.valueOf(c.param("blocks")).contains("the checkout button"),
                            1)
                    .get(0);
            assertThat(answered.param("text") + answered.param("blocks"))
                    .contains("Check-in #1", "<@" + MENTOR + ">")
                    .doesNotContain("<@" + INTERN + ">");
        } finally {
            coreClock.reset();
        }

        // when the mentor completes the internship from the private answer to the approval
        String complete = LivingMessagesHttpTest.buttons(responseTo(approvedUrl).param("blocks"))
                .get("Complete internship");
        assertThat(complete).isNotNull();
        int formsBefore = slack.calls("views.open").size();
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR, "ben", workspace, complete, "Complete internship", slack.responseUrl()));
        JsonObject finalReview = awaitCalls("views.open", c -> true, formsBefore + 1)
                .get(formsBefore)
                .json("view");
        assertThat(finalReview.getAsJsonObject("title").get("text").getAsString())
                .startsWith("Complete internship #");
        // (submitting the final review over Slack is not asserted here yet: see the Discord flow)
    }

    /** Opens the member's Home tab and returns its buttons (label to action id). */
    private Map<String, String> home(String member, String eventId) {
        int before = (int) slack.calls("views.publish").stream()
                .filter(c -> member.equals(c.param("user_id")))
                .count();
        requests().signed(SlackPayloads.appHomeOpened(member, eventId));
        FakeSlack.Call published = awaitCalls("views.publish", c -> member.equals(c.param("user_id")), before + 1)
                .get(before);
        JsonArray blocks = published.json("view").getAsJsonArray("blocks");
        return LivingMessagesHttpTest.buttons(blocks.toString());
    }

    /** Presses a Home button and returns the modal it opened. */
    private JsonObject open(String member, String name, String actionId, String label) {
        int before = slack.calls("views.open").size();
        requests().signed(SlackPayloads.homeAction(member, name, actionId, label));
        return awaitCalls("views.open", c -> true, before + 1).get(before).json("view");
    }

    private static JsonObject block(JsonObject view, String blockId) {
        return StreamSupport.stream(view.getAsJsonArray("blocks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(b ->
                        blockId.equals(b.has("block_id") ? b.get("block_id").getAsString() : null))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId + " in " + view));
    }
}
