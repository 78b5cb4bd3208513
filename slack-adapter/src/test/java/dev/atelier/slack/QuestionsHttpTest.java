package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Questions over HTTP with signed Slack payloads against the real core: {@code /atelier ask} posts
 * the question in the workspace and opens its thread, thread replies (one retried with
 * {@code X-Slack-Retry-Num}) answer it and count once, {@code /atelier ask} alone and the "Ask my
 * mentor" message shortcut open the long-question form (views.open) whose submission asks, and
 * {@code app_home_opened} publishes the viewer's Home tab (views.publish). In a context (and
 * database) of its own; it reads the task and the workspace channel it gets back.
 */
@TestPropertySource(properties = "atelier.test.context=questions")
@DirtiesContext
class QuestionsHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0QADMIN";
    static final String INTERN = "U0QINTERN";
    static final String MENTOR = "U0QMENTOR";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");
    private static final Pattern PERMALINK = Pattern.compile("/archives/C[0-9A-Z]+/p(\\d+)");

    private static String workspace;

    @AfterAll
    static void clearTheRecordedCalls() {
        slack.reset();
    }

    @BeforeEach
    void internship() {
        if (workspace != null) {
            return;
        }
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0GENERAL", "task add \"Question task\" \"Answer questions\"");
        String task = command(ADMIN, "ada", "C0GENERAL", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) Question task.*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "internship start <@" + INTERN + "|quinn> <@" + MENTOR + "|mira> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        workspace = channel.group(1);
    }

    @Test
    void askOpensAThreadWhoseRepliesAnswerTheQuestionOnceEvenWhenSlackRetries() {
        // when the intern asks with the slash command
        String asked = command(INTERN, "quinn", workspace, "ask \"How do I run the seed script?\"")
                .param("text");

        // then the card is posted in the workspace, mentioning the mentor, and the thread opened under it
        assertThat(asked).contains("Asked *Q");
        Matcher link = PERMALINK.matcher(asked);
        assertThat(link.find()).as(asked).isTrue();
        String digits = link.group(1);
        String threadTs = digits.substring(0, digits.length() - 6) + "." + digits.substring(digits.length() - 6);
        FakeSlack.Call opening = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel")) && threadTs.equals(c.param("thread_ts")),
                        1)
                .get(0);
        // the card pings the mentor; the line inside the thread names them without pinging again
        assertThat(opening.param("text")).doesNotContain("<@" + MENTOR + ">").contains("answer here");
        assertThat(slack.calls("chat.postMessage")).anySatisfy(card -> {
            assertThat(card.param("channel")).isEqualTo(workspace);
            assertThat(card.param("thread_ts")).isNull();
            assertThat(card.param("text")).contains("How do I run the seed script?", "<@" + MENTOR + ">");
        });
        assertThat(asked)
                .contains("in a <https://" + FakeSlack.TEAM_DOMAIN + ".slack.com/archives/" + workspace + "/p"
                        + threadTs.replace(".", "") + "|thread>");
        FakeSlack.Call queue = command(MENTOR, "mira", workspace, "queue");
        assertThat(queue.param("text")).contains("How do I run the seed script?");
        assertThat(buttons(String.valueOf(queue.param("blocks"))))
                .as("the queue resolves with a button, not a command to type")
                .containsKey("Resolve Q1");
        assertThat(String.valueOf(queue.param("text")) + queue.param("blocks")).doesNotContain("/atelier resolve");

        // when the intern adds a detail, the mentor replies, and Slack delivers the reply again as a retry
        String detail = SlackPayloads.threadReply(INTERN, workspace, "1767226000.000100", threadTs);
        assertThat(requests().signed(detail).statusCode()).isEqualTo(200);
        assertThat(command(MENTOR, "mira", workspace, "queue").param("text")).contains("How do I run the seed script?");
        String reply = SlackPayloads.threadReply(MENTOR, workspace, "1767226060.000200", threadTs);
        assertThat(requests().signed(reply).statusCode()).isEqualTo(200);
        assertThat(requests().retried(reply, 1).statusCode()).isEqualTo(200);

        // then the question is answered, and the thread's messages count once each for the internship
        assertThat(command(MENTOR, "mira", workspace, "queue").param("text"))
                .doesNotContain("How do I run the seed script?");
        assertThat(command(INTERN, "quinn", workspace, "status").param("text")).contains("💬 2 messages exchanged");
    }

    @Test
    void askWithoutTextAndTheMessageShortcutOpenTheFormWhoseSubmissionAsks() {
        // when the intern types /atelier ask alone
        assertThat(requests()
                        .signed(SlackPayloads.slashCommand(INTERN, "quinn", workspace, "ask", slack.responseUrl()))
                        .statusCode())
                .isEqualTo(200);

        // then a form opens and submitting it asks
        FakeSlack.Call empty = awaitCalls("views.open", c -> c.param("view").contains("m|ask"), 1)
                .get(0);
        JsonObject form = empty.json("view");
        assertThat(form.getAsJsonArray("blocks").toString()).doesNotContain("initial_value");
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN, "quinn", form, Map.of("question", "A long question typed in the form")));
        awaitCalls(
                "chat.postMessage",
                c -> workspace.equals(c.param("channel"))
                        && c.param("text").contains("A long question typed in the form"),
                1);

        // when the intern uses "Ask my mentor" on someone's message
        String text = "The build fails with <https://ci.example/1|this log>; " + "x".repeat(1600);
        assertThat(requests()
                        .signed(SlackPayloads.messageShortcut(
                                INTERN, "quinn", "C0GENERAL", AskShortcut.CALLBACK_ID, text, slack.responseUrl()))
                        .statusCode())
                .isEqualTo(200);

        // then the form is prefilled with the message, cut to the question's limit
        FakeSlack.Call prefilled = awaitCalls("views.open", c -> c.param("view").contains("The build fails"), 1)
                .get(0);
        JsonObject view = prefilled.json("view");
        JsonObject element =
                view.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonObject("element");
        assertThat(element.get("initial_value").getAsString())
                .startsWith("The build fails")
                .hasSize(1500);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("C0GENERAL");

        // when the intern edits and submits it
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN,
                        "quinn",
                        view,
                        Map.of("question", "The build fails on CI, see the log: what am I missing?")));

        // then the question is asked in the workspace, and the intern told privately where they were
        awaitCalls(
                "chat.postMessage",
                c -> workspace.equals(c.param("channel")) && c.param("text").contains("what am I missing?"),
                1);
        awaitCalls(
                "chat.postEphemeral",
                c -> INTERN.equals(c.param("user")) && c.param("text").contains("|thread>"),
                2);
    }

    @Test
    void theHomeTabShowsTheInternTheirQuestionsAndTheMentorTheQueue() {
        // given
        command(INTERN, "quinn", workspace, "ask \"What goes on the home tab?\"");

        // when both open the Home tab
        assertThat(requests()
                        .signed(SlackPayloads.appHomeOpened(INTERN, "Ev0HOMEINTERN"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(requests()
                        .signed(SlackPayloads.appHomeOpened(MENTOR, "Ev0HOMEMENTOR"))
                        .statusCode())
                .isEqualTo(200);

        // then each gets their own view published
        FakeSlack.Call intern = awaitCalls("views.publish", c -> INTERN.equals(c.param("user_id")), 1)
                .get(0);
        JsonObject internView = intern.json("view");
        assertThat(internView.get("type").getAsString()).isEqualTo("home");
        assertThat(internView.toString())
                .contains("Your internships")
                .contains("What goes on the home tab?")
                .doesNotContain("Waiting for you");
        FakeSlack.Call mentor = awaitCalls("views.publish", c -> MENTOR.equals(c.param("user_id")), 1)
                .get(0);
        assertThat(mentor.json("view").toString())
                .contains("Waiting for you as a mentor")
                .contains("What goes on the home tab?")
                .doesNotContain("Your internships");
    }
}
