package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /atelier mydata} over HTTP: the export arrives as a file in the member's DMs (files.uploadV2). */
class MyDataOnSlackTest extends SlackHttpTestBase {

    @AfterEach
    void healSlack() {
        slack.reset();
    }

    @Test
    void mydataUploadsTheExportAsAFileIntoTheMembersDm() {
        command("U0DATA", "dana", "C0GENERAL", "profile set bio:\"Dana keeps notes\"");

        FakeSlack.Call answer = command("U0DATA", "dana", "C0GENERAL", "mydata");

        assertThat(answer.param("text"))
                .contains("I sent your data to your direct messages")
                .doesNotContain("/mydata/");
        List<FakeSlack.Call> asked = slack.calls("files.getUploadURLExternal");
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).param("filename")).startsWith("atelier-data-").endsWith(".json");
        List<FakeSlack.Call> uploads = slack.calls("upload");
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).param("body")).contains("\"member\": \"U0DATA\"", "Dana keeps notes");
        FakeSlack.Call completed = slack.calls("files.completeUploadExternal").get(0);
        assertThat(completed.param("channel_id")).isEqualTo("DU0DATA");
        assertThat(completed.param("files")).contains("F0DATA");
    }

    @Test
    void whenTheUploadIsRefusedTheMemberGetsAOneTimeLinkInstead() {
        slack.failing("files.getUploadURLExternal", "not_allowed_token_type");

        FakeSlack.Call answer = command("U0DATA2", "dina", "C0GENERAL", "mydata");

        assertThat(answer.param("text")).contains("/mydata/", "works once");
        assertThat(slack.calls("upload")).isEmpty();
    }
}
