package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP with signed payloads, nobody is told the same thing twice: the mentor hears of a question once
 * (by its card in the workspace, no DM), the submission DM links to the workspace instead of carrying a
 * second set of review buttons, and the pay statement lists its shares under its label.
 */
class NoRepeatsHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U2ADMIN";
    static final String INTERN = "U2INTERN";
    static final String MENTOR = "U2MENTOR";

    @Test
    void theMentorIsToldOnceAndTheNudgePointsToTheCard() {
        // given an internship on a paid task with a planned milestone
        slack.admin(ADMIN);
        String task = find(
                "Task \\*#(\\d+)",
                command(ADMIN, "ada", "C2GENERAL", "task add \"Repeat shop\" \"Add a checkout\" \"400 USD\"")
                        .param("text"));
        String started = command(
                        ADMIN,
                        "ada",
                        "C2GENERAL",
                        "internship start <@" + INTERN + "|ivy> <@" + MENTOR + "|milo> " + task)
                .param("text");
        String internship = find("Internship #(\\d+) started", started);
        assertThat(started).as("the moderator's answer pings nobody").doesNotContain("<@");
        String workspace = find("<#(C0PRIV\\d+)>", started);
        String milestone = find(
                "M(\\d+) Checkout page",
                command(MENTOR, "milo", workspace, "milestone add " + internship + " \"Checkout page\"")
                        .param("text"));

        // when the intern asks, then submits
        command(INTERN, "ivy", workspace, "ask Which test card should I use?");
        command(INTERN, "ivy", workspace, "submit " + milestone + " <https://github.com/ivy/shop/pull/3>");

        // then the mentor's DMs hold the submission nudge (no buttons, a link to the card) and not the question
        FakeSlack.Call nudge = awaitCalls(
                        "chat.postMessage",
                        c -> ("D" + MENTOR).equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains("for your review"),
                        1)
                .get(0);
        FakeSlack.Call card = slack.calls("chat.postMessage").stream()
                .filter(c -> workspace.equals(c.param("channel"))
                        && String.valueOf(c.param("text")).contains("to review"))
                .findFirst()
                .orElseThrow();
        assertThat(String.valueOf(nudge.param("blocks")))
                .contains("/archives/" + workspace + "/p" + slack.tsOf(card).replace(".", ""));
        assertThat(types(nudge)).doesNotContain("actions");
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(c -> ("D" + MENTOR).equals(c.param("channel")))
                .noneMatch(c -> String.valueOf(c.param("text")).contains("Which test card"));
        // and the question reached the mentor in the workspace, pinging them there
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(c -> workspace.equals(c.param("channel"))
                        && String.valueOf(c.param("text")).contains("Which test card"))
                .anySatisfy(c -> assertThat(c.param("text")).contains("<@" + MENTOR + ">"));

        // when the mentor approves and completes
        command(MENTOR, "milo", workspace, "review " + milestone + " approve");
        command(
                MENTOR,
                "milo",
                workspace,
                "internship complete " + internship + " 9 java \"Careful tests\" \"Ivy shipped a checkout.\"");

        // then the statement in the workspace lists each share on its own line under the label
        FakeSlack.Call complete = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains("Pay statement"),
                        1)
                .get(0);
        assertThat(sections(complete))
                .anySatisfy(text -> assertThat(text)
                        .startsWith("*Pay statement (intern 85% mentor 15%)*\n• intern @ivy: 340.00 USD")
                        .contains("\n• mentor @milo: 60.00 USD"));
        assertThat(complete.param("text")).contains("Pay statement (intern 85% mentor 15%):\n• intern");
    }

    private static List<String> types(FakeSlack.Call post) {
        return blocks(post).stream().map(b -> b.get("type").getAsString()).toList();
    }

    /** The mrkdwn texts of the message's sections. */
    private static List<String> sections(FakeSlack.Call post) {
        return blocks(post).stream()
                .filter(b -> b.get("type").getAsString().equals("section") && b.has("text"))
                .map(b -> b.getAsJsonObject("text").get("text").getAsString())
                .collect(Collectors.toList());
    }

    private static List<JsonObject> blocks(FakeSlack.Call post) {
        return StreamSupport.stream(
                        JsonParser.parseString(post.param("blocks"))
                                .getAsJsonArray()
                                .spliterator(),
                        false)
                .map(JsonElement::getAsJsonObject)
                .toList();
    }
}
