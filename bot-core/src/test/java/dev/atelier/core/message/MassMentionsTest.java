package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text never pings a crowd: every Slack special and Discord's @everyone/@here and roles are defused. */
class MassMentionsTest {

    @Test
    void everySlackSpecialIsDefused() {
        // when
        String out = MassMentions.defuse("hi <!group> <!channel> <!here|here> <!everyone> <!subteam^S123|@devs> "
                + "<!date^1392734382^{date}|Feb 18> <!SomethingNew>");

        // then no special is left intact
        assertThat(out)
                .doesNotContain("<!")
                .contains("<\u200B!group>")
                .contains("<\u200B!subteam^S123|@devs>")
                .contains("<\u200B!SomethingNew>");
    }

    @Test
    void memberMentionsStayAndWordsAreDefused() {
        assertThat(MassMentions.defuse("<@U123> ask @here or @everyone"))
                .startsWith("<@U123>")
                .doesNotContain("@here")
                .doesNotContain("@everyone");
        assertThat(MassMentions.defuse("<@&42> role")).isEqualTo("@role-42 role");
    }
}
