package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Menus on messages (static selects the core made, outside forms) over HTTP with signed payloads: a choice
 * runs the menu's command as the member who chose, answered ephemerally through the action's response_url.
 */
class MenusHttpTest extends SlackHttpTestBase {

    @Test
    void aChoiceInAMenuRunsItsCommandForTheMemberWhoChose() {
        // given a menu of commands to explain
        Select menu = Select.of(
                "Which command?",
                "help",
                "command",
                List.of(new SelectOption("Submit work", "submit"), new SelectOption("Ask", "ask")));

        // when a member picks "submit"
        String url = slack.responseUrl();
        assertThat(requests()
                        .signed(SlackPayloads.menuChoice("U0MENU", "mel", "C0MENUS", menu.actionId(), "submit", url))
                        .statusCode())
                .isEqualTo(200);

        // then only they see the help of submit, in Slack's own hint style
        FakeSlack.Call answered = responseTo(url);
        assertThat(answered.param("response_type")).isEqualTo("ephemeral");
        assertThat(answered.param("text") + answered.param("blocks"))
                .contains("/atelier submit")
                .doesNotContain("⚠️");
    }
}
