package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An internship run from the app's Home tab with buttons and forms only, over HTTP with signed Slack
 * payloads: the pair accepts the invitation in their DMs; each member's Home shows the actions they can
 * take now; each opens a modal (the milestone a menu of the intern's open milestones); the mentor
 * approves on the card and completes the internship with the final review form. Its people and channels
 * are its own.
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
        // given a moderator opens a task in a cohort the intern and the mentor join, and asks the best pair
        cohortReadyToPair(ADMIN, INTERN, MENTOR, "C0BUTTONS", "button-pairs", "Button task");
        assertThat(command(ADMIN, "ada", "C0BUTTONS", "pair ask button-pairs").param("text"))
                .contains("Asked 1 pair");

        // when each presses Accept on the invitation in their DMs
        FakeSlack.Call internInvitation = awaitDm(INTERN, "Accept");
        FakeSlack.Call mentorInvitation = awaitDm(MENTOR, "Accept");
        String firstAccept = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        INTERN,
                        "bea",
                        internInvitation.param("channel"),
                        buttons(internInvitation.param("blocks")).get("Accept"),
                        "Accept",
                        firstAccept));
        assertThat(responseTo(firstAccept).param("text")).contains("Accepted", "@ben accepts too");
        String secondAccept = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR,
                        "ben",
                        mentorInvitation.param("channel"),
                        buttons(mentorInvitation.param("blocks")).get("Accept"),
                        "Accept",
                        secondAccept));

        // then the internship starts in a private channel, and both invitations say so without their buttons
        String started = responseTo(secondAccept).param("text");
        assertThat(started).contains("You both accepted");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        String workspace = channel.group(1);
        for (FakeSlack.Call invitation : java.util.List.of(internInvitation, mentorInvitation)) {
            String invitationTs = slack.tsOf(invitation);
            FakeSlack.Call shown = awaitCalls(
                            "chat.update",
                            c -> invitationTs.equals(c.param("ts"))
                                    && String.valueOf(c.param("blocks")).contains("You both accepted"),
                            1)
                    .get(0);
            assertThat(buttons(shown.param("blocks"))).isEmpty();
        }

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
        assertThat(block(submitting, "milestone")
                        .getAsJsonObject("label")
                        .get("text")
                        .getAsString())
                .isEqualTo("Milestone");
        assertThat(milestone
                        .getAsJsonArray("options")
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonObject("text")
                        .get("text")
                        .getAsString())
                .contains("Button draft");
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
        String approve = buttons(card.param("blocks")).get("Approve");
        String approvedUrl = slack.responseUrl();
        requests().signed(SlackPayloads.blockActions(MENTOR, "ben", workspace, approve, "Approve", approvedUrl));
        assertThat(card.param("text") + card.param("blocks"))
                .contains("<@" + MENTOR + ">")
                .doesNotContain("<@" + INTERN + ">");
        String ts = slack.tsOf(card);
        FakeSlack.Call approvedCard = awaitCalls(
                        "chat.update", c -> workspace.equals(c.param("channel")) && ts.equals(c.param("ts")), 1)
                .get(0);
        assertThat(approvedCard.param("blocks")).contains("Approved by @ben");
        assertThat(buttons(approvedCard.param("blocks"))).isEmpty();
        FakeSlack.Call verdict = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains("approved"),
                        1)
                .get(0);
        assertThat(verdict.param("text") + verdict.param("blocks"))
                .contains("<@" + INTERN + ">")
                .doesNotContain("<@" + MENTOR + ">");

        // and the intern asks her mentor from Home
        JsonObject asking = open(INTERN, "bea", home(INTERN, "home-3").get("Ask my mentor"), "Ask my mentor");
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN, "bea", asking, Map.of("question", "Which colour for the button?")));
        FakeSlack.Call question = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains("Which colour for the button?"),
                        1)
                .get(0);
        assertThat(question.param("text") + question.param("blocks")).contains("<@" + MENTOR + ">");
        assertThat(buttons(question.param("blocks"))).containsKey("Resolve");

        // and she logs her hours from Home
        JsonObject logging = open(INTERN, "bea", home(INTERN, "home-4").get("Log hours"), "Log hours");
        assertThat(block(logging, "hours").get("optional").getAsBoolean()).isFalse();
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN, "bea", logging, Map.of("hours", "3", "note", "styling the button")));
        // (a form opened from Home answers in the app's DM)
        FakeSlack.Call logged = awaitDm(INTERN, "Logged 3 h");
        assertThat(logged.param("text")).doesNotContain("⚠️");

        // when the week turns, the check-in prompt reaches the intern by DM with its button (the clock stays
        // turned until the end: going back would leave what was queued in the future)
        {
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
            String answerCheckin = buttons(prompt.param("blocks")).get("Answer check-in");

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
        }

        // when the mentor completes the internship from the private answer to the approval
        String complete = buttons(responseTo(approvedUrl).param("blocks")).get("Complete internship");
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
        assertThat(block(finalReview, "score").get("optional").getAsBoolean()).isFalse();
        requests()
                .signed(SlackPayloads.viewSubmission(
                        MENTOR,
                        "ben",
                        finalReview,
                        Map.of(
                                "score",
                                "9",
                                "skills",
                                "html, css",
                                "strengths",
                                "Clean markup",
                                "endorsement",
                                "Bea built the button.")));

        // then the mentor is told privately, and the intern gets her credential with a request to rate
        FakeSlack.Call completed = awaitCalls(
                        "chat.postEphemeral",
                        c -> MENTOR.equals(c.param("user"))
                                && String.valueOf(c.param("text")).contains("is complete"),
                        1)
                .get(0);
        assertThat(completed.param("text")).doesNotContain("⚠️");
        // (DMs wait their turn in the outbox's lane, behind the earlier ones)
        FakeSlack.Call credential;
        try {
            credential = await().atMost(PATIENCE.multipliedBy(3))
                    .until(
                            () -> slack.calls("chat.postMessage").stream()
                                    .filter(c -> ("D" + INTERN).equals(c.param("channel"))
                                            && (c.param("text") + c.param("blocks")).contains("/credentials/"))
                                    .findFirst()
                                    .orElse(null),
                            call -> call != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "no credential DM; posts to the intern and the workspace: "
                            + slack.calls("chat.postMessage").stream()
                                    .filter(c -> ("D" + INTERN).equals(c.param("channel"))
                                            || workspace.equals(c.param("channel")))
                                    .map(c -> c.param("channel") + ": " + c.param("text"))
                                    .toList(),
                    e);
        }
        assertThat(buttons(credential.param("blocks"))).containsKey("Rate the mentorship");
    }

    private static FakeSlack.Call awaitDm(String member, String fragment) {
        return awaitCalls(
                        "chat.postMessage",
                        c -> ("D" + member).equals(c.param("channel"))
                                && (c.param("text") + c.param("blocks")).contains(fragment),
                        1)
                .get(0);
    }

    @AfterEach
    void backToRealTime() {
        coreClock.reset();
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
        return buttons(blocks.toString());
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
