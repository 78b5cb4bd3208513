package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Profiles, enrolment, {@code pair preview} and {@code pair confirm} over HTTP with signed Slack
 * payloads against the real core: the preview lists each pair with its reasons and everyone left
 * out, and its Confirm button starts the internships with their private channels. Its cohorts,
 * people and channel are its own, and it reads the task number it gets back.
 */
class PairingHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0PADMIN";
    static final String INTERN = "U0PINTERN";
    static final String MENTOR = "U0PMENTOR";
    static final String GOPHER = "U0PGOPHER";
    static final String CHANNEL = "C0PAIRS";
    static final String INTERN2 = "U0PINTERN2";
    static final String MENTOR2 = "U0PMENTOR2";
    static final String MENTOR3 = "U0PMENTOR3";

    @Test
    void previewExplainsThePairsAndConfirmStartsThem() {
        // given a cohort with a task, an intern, a mentor and an intern nobody can teach
        slack.admin(ADMIN);
        command(ADMIN, "ada", CHANNEL, "cohort create autumn-pairs");
        String added = command(
                        ADMIN,
                        "ada",
                        CHANNEL,
                        "task add \"Reports\" \"Monthly sales report\" \"300 USD\" 20 " + "\"sql, testing\"")
                .param("text");
        Matcher number = Pattern.compile("Task \\*#(\\d+) Reports\\*").matcher(added);
        assertThat(number.find()).isTrue();
        String task = number.group(1);
        assertThat(command(ADMIN, "ada", CHANNEL, "cohort task autumn-pairs " + task + " 2")
                        .param("text"))
                .contains("is open in *autumn-pairs*");
        assertThat(command(INTERN, "ivy", CHANNEL, "profile set learning:\"sql, testing\" timezone:UTC window:9-17")
                        .param("text"))
                .contains("Profile saved");
        command(
                MENTOR,
                "milo",
                CHANNEL,
                "profile set expertise:\"sql, testing\" timezone:UTC+2 window:9-17 capacity:1");
        command(GOPHER, "gus", CHANNEL, "profile set learning:go");
        assertThat(command(INTERN, "ivy", CHANNEL, "cohort join autumn-pairs intern")
                        .param("text"))
                .contains("You joined *autumn-pairs* as intern");
        command(GOPHER, "gus", CHANNEL, "cohort join autumn-pairs intern");
        assertThat(command(ADMIN, "ada", CHANNEL, "cohort add autumn-pairs <@" + MENTOR + "|milo> mentor")
                        .param("text"))
                .contains("Added @milo");

        // when the admin previews the pairs
        FakeSlack.Call preview = command(ADMIN, "ada", CHANNEL, "pair preview autumn-pairs");

        // then the pair comes with its reasons, the left-out intern with why, and a Confirm button
        String blocks = preview.param("blocks");
        assertThat(blocks)
                .contains("@ivy with mentor @milo, task #" + task + " Reports")
                .contains("Sql and testing in common; 6 h overlap")
                .contains("@gus (intern): no mentor with a free place knows go");
        assertThat(preview.param("response_type")).isEqualTo("ephemeral");
        String confirm = button(blocks, "Confirm pairs");

        // when the admin presses Confirm pairs
        String url = slack.responseUrl();
        assertThat(requests()
                        .signed(SlackPayloads.blockActions(ADMIN, "ada", CHANNEL, confirm, "Confirm pairs", url))
                        .statusCode())
                .isEqualTo(200);

        // then the internship starts with a private channel for the pair
        FakeSlack.Call confirmed = responseTo(url);
        assertThat(confirmed.param("text") + confirmed.param("blocks"))
                .contains("1 internship started")
                .contains("started: @ivy");
        assertThat(slack.calls("conversations.invite"))
                .extracting(c -> c.param("users"))
                .contains(INTERN, MENTOR);

        // and a member may not preview
        assertThat(command(INTERN, "ivy", CHANNEL, "pair preview autumn-pairs").param("text"))
                .contains("Only moderators");
    }

    @Test
    void aDeclineInTheDirectMessageRematchesTheIntern() {
        // given a cohort with one intern and two mentors, previewed and asked
        slack.admin(ADMIN);
        command(ADMIN, "ada", CHANNEL, "cohort create winter-pairs");
        command(INTERN2, "ida", CHANNEL, "profile set learning:css timezone:UTC window:9-17");
        command(MENTOR2, "max", CHANNEL, "profile set expertise:css timezone:UTC window:9-17");
        command(MENTOR3, "mia", CHANNEL, "profile set expertise:css");
        command(INTERN2, "ida", CHANNEL, "cohort join winter-pairs intern");
        command(MENTOR2, "max", CHANNEL, "cohort join winter-pairs mentor");
        command(MENTOR3, "mia", CHANNEL, "cohort join winter-pairs mentor");
        command(ADMIN, "ada", CHANNEL, "pair preview winter-pairs");
        assertThat(command(ADMIN, "ada", CHANNEL, "pair ask winter-pairs").param("text"))
                .contains("Asked 1 pair in");

        // when the best mentor declines with the button in their direct message
        FakeSlack.Call asked = awaitCalls(
                        "chat.postMessage", c -> String.valueOf(c.param("text")).contains("mentor of @ida"), 1)
                .get(0);
        assertThat(asked.param("text")).contains("Css in common; 8 h overlap");
        String url = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR2,
                        "max",
                        asked.param("channel"),
                        button(asked.param("blocks"), "Decline"),
                        "Decline",
                        url));

        // then they are told privately, and the intern is asked again with the other mentor
        assertThat(responseTo(url).param("text")).contains("Declined", "New pairs proposed: 1");
        awaitCalls("chat.postMessage", c -> String.valueOf(c.param("text")).contains("intern of mentor @mia"), 1);
    }

    private static String button(String blocks, String label) {
        return Optional.ofNullable(buttons(blocks).get(label)).orElseThrow();
    }
}
