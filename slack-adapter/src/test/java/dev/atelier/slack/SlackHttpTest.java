package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The Slack endpoint over HTTP with the real core: signatures, acks, help, access and health. */
class SlackHttpTest extends SlackHttpTestBase {

    @Test
    void anEmptyCommandShowsTheHelpGeneratedFromTheCatalog() {
        // given
        slack.admin("U0HELPADMIN");

        // when
        FakeSlack.Call member = command("U0HELP", "hal", "C0GENERAL", "");
        FakeSlack.Call admin = command("U0HELPADMIN", "hella", "C0GENERAL", "help");

        // then
        assertThat(member.param("response_type")).isEqualTo("ephemeral");
        assertThat(member.param("text"))
                .contains("What you can do now")
                .contains("Getting started")
                .contains("`/atelier cohort join &lt;cohort&gt; &lt;role&gt;`")
                .doesNotContain("cohort create");
        assertThat(member.param("blocks")).contains("\"type\":\"header\"").contains("What you can do now");
        assertThat(admin.param("blocks")).contains("As a moderator").contains("/atelier cohort create");
    }

    @Test
    void helpOnOneCommandDescribesItsOptions() {
        // when
        FakeSlack.Call answer = command("U0HELP", "hal", "C0GENERAL", "help submit");

        // then
        assertThat(answer.param("text"))
                .contains("Help: submit")
                .contains("link")
                .contains("`notes` (optional)");
    }

    @Test
    void unsignedForgedTamperedAndStaleRequestsGet401AndChangeNothing() {
        // given
        slack.admin("U0ADMINSIG");
        String responseUrl = slack.responseUrl();
        String body = SlackPayloads.slashCommand("U0ADMINSIG", "ada", "C0GENERAL", "cohort create sneaky", responseUrl);
        SignedRequests requests = requests();
        long now = Instant.now().getEpochSecond();

        // when
        HttpResponse<String> unsigned = requests.unsigned(body);
        HttpResponse<String> forged = requests.forged(body);
        HttpResponse<String> stale = requests.signedAt(body, now - 6 * 60);
        HttpResponse<String> tampered =
                requests.post(body.replace("sneaky", "sneakier"), now, requests.signature(body, now));

        // then
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(command("U0ADMINSIG", "ada", "C0GENERAL", "cohort list").param("text"))
                .doesNotContain("sneak");
        assertThat(slack.calls("respond"))
                .noneMatch(c -> c.path().equals(URI.create(responseUrl).getPath()));
    }

    @Test
    void aMemberWhoIsNotAWorkspaceAdminCannotRunModeratorCommands() {
        // when
        FakeSlack.Call answer = command("U0PLAIN", "pat", "C0GENERAL", "cohort create pats-cohort");

        // then
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).contains("Only moderators can run `/atelier cohort create`");
        assertThat(slack.calls("users.info")).anyMatch(c -> "U0PLAIN".equals(c.param("user")));
    }

    @Test
    void acknowledgesBeforeTheWorkIsDone() {
        // given the work of the next command will wait on users.info
        CountDownLatch usersInfo = slack.holdUsersInfo();
        String responseUrl = slack.responseUrl();

        // when
        HttpResponse<String> ack =
                requests().signed(SlackPayloads.slashCommand("U0SLOW", "sal", "C0GENERAL", "help", responseUrl));

        // then Slack got its empty 200 while the command was still waiting
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        assertThat(slack.calls("respond"))
                .noneMatch(c -> c.path().equals(URI.create(responseUrl).getPath()));
        usersInfo.countDown();
        assertThat(responseTo(responseUrl).param("text")).contains("What you can do now");
    }

    @Test
    void theEventsUrlPassesSlacksVerificationAndTakesUninstallEvents() {
        // when
        HttpResponse<String> challenge = requests()
                .signed(
                        "{\"token\":\"deprecated\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                                + "\"type\":\"url_verification\"}");
        HttpResponse<String> uninstalled = requests()
                .signed("{\"token\":\"deprecated\",\"team_id\":\""
                        + FakeSlack.TEAM_ID + "\",\"api_app_id\":\"A0ATELIER\",\"event\":{\"type\":\"app_uninstalled\","
                        + "\"event_ts\":\"1767225600.000100\"},\"type\":\"event_callback\",\"event_id\":\"Ev0UNINSTALL\","
                        + "\"event_time\":1767225600}");

        // then
        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(challenge.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        assertThat(uninstalled.statusCode()).isEqualTo(200);
    }

    @Test
    void healthReportsTheSlackConnection() throws Exception {
        // when
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/slack"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .contains("\"teamId\":\"" + FakeSlack.TEAM_ID + "\"")
                .contains("\"botUserId\":\"" + FakeSlack.BOT_USER + "\"")
                .contains("\"mode\":\"http\"");
    }
}
