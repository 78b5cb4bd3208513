package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Slash commands are stored before the ack: a duplicate delivery of one trigger acts and answers once. */
class SlashCommandInboxHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0INBOXADMIN";

    @Test
    void aSlashCommandDeliveredTwiceActsOnceAndIsAnsweredOnce() {
        slack.admin(ADMIN);
        String responseUrl = slack.responseUrl();
        String body =
                SlackPayloads.slashCommand(ADMIN, "ines", "C0INBOX", "task add \"Inbox twice\" \"once\"", responseUrl);

        // when Slack delivers the same command twice
        HttpResponse<String> first = requests().signed(body);
        HttpResponse<String> second = requests().signed(body);

        // then both are acknowledged, one task is added, and one answer goes to the response URL
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(responseTo(responseUrl).param("text")).contains("Inbox twice");
        FakeSlack.Call list = command(ADMIN, "ines", "C0INBOX", "task list");
        assertThat(list.param("text").split("Inbox twice", -1)).hasSize(2);
        String path = URI.create(responseUrl).getPath();
        assertThat(slack.calls("respond").stream().filter(c -> c.path().equals(path)))
                .hasSize(1);
    }
}
