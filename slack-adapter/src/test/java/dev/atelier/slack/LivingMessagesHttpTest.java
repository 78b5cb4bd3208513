package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Living messages on Slack over HTTP: the submission card, the question's parent message and the
 * pairing invitations are updated in place ({@code chat.update} of the channel and ts they were posted
 * at) when their state changes, without the buttons whose moment has passed; a stale button pressed
 * anyway gets a private refusal and updates nothing. Its people and channels are its own.
 */
class LivingMessagesHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0LADMIN";
    static final String INTERN = "U0LINTERN";
    static final String MENTOR = "U0LMENTOR";
    static final String INTERN2 = "U0LINTERN2";
    static final String MENTOR2 = "U0LMENTOR2";
    static final String MENTOR3 = "U0LMENTOR3";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");

    /** Other classes read the shared fake's calls (such as the forms it opened) from the start. */
    @AfterAll
    static void clearTheRecordedCalls() {
        slack.reset();
    }

    @Test
    void theSubmissionCardShowsTheReviewAndLosesItsButtons() {
        // given an internship, a milestone and a submission card with Approve and Request changes
        String workspace = internship("Living card task");
        String milestone = find(
                "M(\\d+) Living draft",
                command(MENTOR, "lea", workspace, "milestone add " + internshipOf(workspace) + " \"Living draft\"")
                        .param("text"));
        command(INTERN, "liv", workspace, "submit " + milestone + " <https://example.org/living>");
        FakeSlack.Call card = awaitPost(workspace, "submitted *M" + milestone + " Living draft*");
        Map<String, String> buttons = buttons(card.param("blocks"));
        assertThat(buttons).containsOnlyKeys("Approve", "Request changes");
        String ts = tsOf(card);

        // when the mentor approves with the button
        String url = slack.responseUrl();
        requests().signed(SlackPayloads.blockActions(MENTOR, "lea", workspace, buttons.get("Approve"), "Approve", url));
        assertThat(responseTo(url).param("text")).contains("Approved");

        // then the card is updated where it was posted: it names the approver and has no buttons any more
        FakeSlack.Call updated = awaitUpdates(workspace, ts, 1).get(0);
        assertThat(updated.param("text") + updated.param("blocks"))
                .contains("Approved by @lea")
                .doesNotContain("<@" + MENTOR + ">");
        assertThat(buttons(updated.param("blocks"))).isEmpty();

        // when the mentor presses the stale Approve anyway
        String staleUrl = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR, "lea", workspace, buttons.get("Approve"), "Approve", staleUrl));

        // then only they see the refusal, and nothing is updated again
        FakeSlack.Call refused = responseTo(staleUrl);
        assertThat(refused.param("response_type")).isEqualTo("ephemeral");
        assertThat(refused.param("text")).contains("approved", "final");
        assertThat(updates(workspace, ts)).hasSize(1);
    }

    @Test
    void theQuestionsParentShowsAnsweredResolvedAndReopened() {
        // given a question posted in the workspace with Resolve
        String workspace = internship("Living question task");
        command(INTERN, "liv", workspace, "ask \"Where are the fixtures?\"");
        FakeSlack.Call parent = awaitPost(workspace, "Where are the fixtures?");
        String ts = tsOf(parent);
        String resolve = buttons(parent.param("blocks")).get("Resolve");
        assertThat(resolve).isNotNull();

        // when the mentor replies in its thread
        requests().signed(SlackPayloads.threadReply(MENTOR, workspace, "1767229000.000100", ts));

        // then the parent says who answered, and still offers Resolve
        FakeSlack.Call answered = awaitUpdates(workspace, ts, 1).get(0);
        assertThat(answered.param("blocks"))
                .contains("Answered by @lea", "<@" + INTERN + ">, resolve it when it helped")
                .doesNotContain("<@" + MENTOR + ">");
        assertThat(buttons(answered.param("blocks"))).containsKey("Resolve");

        // when the intern resolves it with the button
        String url = slack.responseUrl();
        requests().signed(SlackPayloads.blockActions(INTERN, "liv", workspace, resolve, "Resolve", url));
        assertThat(responseTo(url).param("text")).contains("Resolved");

        // then the parent is updated to resolved, without buttons
        FakeSlack.Call resolved = awaitUpdates(workspace, ts, 2).get(1);
        assertThat(resolved.param("blocks")).contains("Resolved");
        assertThat(buttons(resolved.param("blocks"))).isEmpty();

        // when Resolve is pressed again on the old message
        String staleUrl = slack.responseUrl();
        requests().signed(SlackPayloads.blockActions(MENTOR, "lea", workspace, resolve, "Resolve", staleUrl));
        assertThat(responseTo(staleUrl).param("text")).contains("already resolved");
        assertThat(updates(workspace, ts)).hasSize(2);

        // when the intern reopens it
        String number = find("Q(\\d+)", parent.param("text") + parent.param("blocks"));
        command(INTERN, "liv", workspace, "reopen " + number);

        // then the parent offers Resolve again
        FakeSlack.Call reopened = awaitUpdates(workspace, ts, 3).get(2);
        assertThat(buttons(reopened.param("blocks"))).containsKey("Resolve");
    }

    @Test
    void invitationsShowTheAnswersAndLoseAcceptAndDecline() {
        // given a cohort whose best pair is asked in their DMs
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0LIVING", "cohort create living-pairs");
        command(INTERN2, "ida", "C0LIVING", "profile set learning:css timezone:UTC window:9-17");
        command(MENTOR2, "max", "C0LIVING", "profile set expertise:css timezone:UTC window:9-17");
        command(MENTOR3, "mia", "C0LIVING", "profile set expertise:css");
        command(INTERN2, "ida", "C0LIVING", "cohort join living-pairs intern");
        command(MENTOR2, "max", "C0LIVING", "cohort join living-pairs mentor");
        command(MENTOR3, "mia", "C0LIVING", "cohort join living-pairs mentor");
        command(ADMIN, "ada", "C0LIVING", "pair preview living-pairs");
        command(ADMIN, "ada", "C0LIVING", "pair ask living-pairs");
        FakeSlack.Call toMentor = awaitDm(MENTOR2, "mentor of @ida");
        FakeSlack.Call toIntern = awaitDm(INTERN2, "intern of mentor @max");

        // when the intern accepts
        String url = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        INTERN2,
                        "ida",
                        toIntern.param("channel"),
                        buttons(toIntern.param("blocks")).get("Accept"),
                        "Accept",
                        url));
        assertThat(responseTo(url).param("text")).contains("Accepted");

        // then their invitation says so, without buttons
        FakeSlack.Call accepted =
                awaitUpdates(toIntern.param("channel"), tsOf(toIntern), 1).get(0);
        assertThat(accepted.param("blocks")).contains("You accepted");
        assertThat(buttons(accepted.param("blocks"))).isEmpty();

        // when the mentor declines
        String declineUrl = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR2,
                        "max",
                        toMentor.param("channel"),
                        buttons(toMentor.param("blocks")).get("Decline"),
                        "Decline",
                        declineUrl));
        assertThat(responseTo(declineUrl).param("text")).contains("Declined");

        // then both invitations show the decline and neither has buttons
        FakeSlack.Call declined =
                awaitUpdates(toMentor.param("channel"), tsOf(toMentor), 1).get(0);
        assertThat(declined.param("blocks")).contains("You declined");
        assertThat(buttons(declined.param("blocks"))).isEmpty();
        FakeSlack.Call told =
                awaitUpdates(toIntern.param("channel"), tsOf(toIntern), 2).get(1);
        assertThat(told.param("blocks")).contains("@max declined");
        assertThat(buttons(told.param("blocks"))).isEmpty();
    }

    private String internship(String title) {
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0LIVING", "task add \"" + title + "\" \"Something real\"");
        String task = command(ADMIN, "ada", "C0LIVING", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) " + title + ".*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0LIVING",
                        "internship start <@" + INTERN + "|liv> <@" + MENTOR + "|lea> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        internships.put(channel.group(1), find("Internship #(\\d+) started", started));
        return channel.group(1);
    }

    private final Map<String, String> internships = new java.util.concurrent.ConcurrentHashMap<>();

    private String internshipOf(String workspace) {
        return internships.get(workspace);
    }

    private static String tsOf(FakeSlack.Call post) {
        return slack.tsOf(post);
    }

    private static List<FakeSlack.Call> updates(String channel, String ts) {
        return slack.calls("chat.update").stream()
                .filter(c -> channel.equals(c.param("channel")) && ts.equals(c.param("ts")))
                .toList();
    }

    private static List<FakeSlack.Call> awaitUpdates(String channel, String ts, int count) {
        return awaitCalls("chat.update", c -> channel.equals(c.param("channel")) && ts.equals(c.param("ts")), count);
    }

    private static FakeSlack.Call awaitDm(String member, String fragment) {
        return awaitCalls(
                        "chat.postMessage",
                        c -> ("D" + member).equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains(fragment),
                        1)
                .get(0);
    }

    private static FakeSlack.Call awaitPost(String channel, String fragment) {
        return awaitCalls(
                        "chat.postMessage",
                        c -> channel.equals(c.param("channel"))
                                && c.param("thread_ts") == null
                                && (c.param("text") + c.param("blocks")).contains(fragment),
                        1)
                .get(0);
    }
}
