package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people type cannot ping a crowd, disguise a link, enlist a bot or redirect an answer: over
 * HTTP with signed payloads against the real core.
 */
class UserTextHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0TADMIN";
    static final String INTERN = "U0TINTERN";
    static final String MENTOR = "U0TMENTOR";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");

    private static String workspace;

    @BeforeEach
    void internship() {
        slack.admin(ADMIN);
        if (workspace != null) {
            return;
        }
        command(ADMIN, "ada", "C0GENERAL", "task add \"User text task\" \"Type things\"");
        String task = command(ADMIN, "ada", "C0GENERAL", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) User text task.*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "internship start <@" + INTERN + "|tess> <@" + MENTOR + "|tom> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        assertThat(channel.find()).as(started).isTrue();
        workspace = channel.group(1);
    }

    @Test
    void aQuestionFromTheFormCarriesNoDisguisedLinkAndNoSpecialMention() {
        // given the ask form
        requests().signed(SlackPayloads.slashCommand(INTERN, "tess", workspace, "ask", slack.responseUrl()));
        JsonObject form = awaitCalls("views.open", c -> c.param("view").contains("m|ask"), 1)
                .get(0)
                .json("view");

        // when the intern submits a question with a disguised link and a group mention
        requests()
                .signed(SlackPayloads.viewSubmission(
                        INTERN,
                        "tess",
                        form,
                        Map.of("question", "FORMLINK <http://evil.example/login|the docs> <!group> <!channel>")));

        // then the card in the workspace shows the text, with neither live
        FakeSlack.Call card = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && String.valueOf(c.param("text")).contains("FORMLINK"),
                        1)
                .get(0);
        String sent = card.param("text") + card.param("blocks");
        assertThat(sent)
                .doesNotContain("<http://evil.example/login|")
                .doesNotContain("<!group>")
                .doesNotContain("<!channel>")
                .contains("evil.example/login");
    }

    @Test
    void aCommandCannotHideALinkBehindALabelOrPingAGroup() {
        // when
        FakeSlack.Call answer = command(
                INTERN, "tess", workspace, "ask \"CMDLINK <http://evil.example/x|https://docs.example> <!group>\"");

        // then
        String posted = slack.everythingSent();
        assertThat(answer.param("text")).contains("Asked");
        assertThat(posted)
                .contains("CMDLINK")
                .doesNotContain("|https://docs.example>")
                .doesNotContain("<!group>");
    }

    @Test
    void theAppItselfAndOtherBotsCannotBeInternsOrMentors() {
        // given another app's bot user in the workspace
        slack.bot("U0OTHERAPP");
        String task = command(ADMIN, "ada", "C0GENERAL", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) User text task.*", "$1");

        // when a moderator names Atelier as the intern, and another app as the mentor
        HttpResponse<String> self = requests()
                .signed(SlackPayloads.slashCommand(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "internship start <@" + FakeSlack.BOT_USER + "|atelier> <@" + MENTOR + "|tom> " + task,
                        slack.responseUrl()));
        HttpResponse<String> other = requests()
                .signed(SlackPayloads.slashCommand(
                        ADMIN,
                        "ada",
                        "C0GENERAL",
                        "internship start <@" + INTERN + "|tess> <@U0OTHERAPP|robot> " + task,
                        slack.responseUrl()));

        // then both are refused in the ack, before anything is stored, and no internship has a bot in it
        assertThat(self.body()).contains("Bots cannot be interns, mentors or cohort members");
        assertThat(other.body()).contains("Bots cannot be interns, mentors or cohort members");
        assertThat(command(ADMIN, "ada", "C0GENERAL", "status").param("text"))
                .doesNotContain(FakeSlack.BOT_USER)
                .doesNotContain("U0OTHERAPP");
    }

    @Test
    void aResponseUrlThatIsNotSlacksIsRefusedInTheAckAndNeverPostedTo() {
        // given a signed command whose response_url points elsewhere (here: the fake under another host name)
        String elsewhere = slack.responseUrl().replace("127.0.0.1", "localhost");
        String body = SlackPayloads.slashCommand(INTERN, "tess", workspace, "help", elsewhere);

        // when
        HttpResponse<String> ack = requests().signed(body);

        // then the ack says so, and nothing is posted there
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("somewhere other than Slack");
        String path = URI.create(elsewhere).getPath();
        assertThat(slack.calls("respond")).noneMatch(c -> c.path().equals(path));
    }

    @Test
    void onlySlacksHooksHostIsAllowedByDefault() {
        ResponseUrls defaults = new ResponseUrls(java.util.List.of(ResponseUrls.SLACK_HOOKS));
        assertThat(defaults.allowed("https://hooks.slack.com/commands/T1/123/abc"))
                .isTrue();
        assertThat(defaults.allowed("http://hooks.slack.com/commands/T1/123/abc"))
                .isFalse();
        assertThat(defaults.allowed("https://hooks.slack.com.evil.example/x")).isFalse();
        assertThat(defaults.allowed("https://evil.example/hooks.slack.com")).isFalse();
        assertThat(defaults.allowed("https://user@hooks.slack.com/x")).isFalse();
        assertThat(defaults.allowed("http://127.0.0.1:8080/x")).isFalse();
    }
}
