package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import org.junit.jupiter.api.Test;

class SlackMrkdwnTest {

    @Test
    void structureBecomesSlackMrkdwn() {
        Text text = Text.builder()
                .bold("M2 approved")
                .plain(" by ")
                .member("U42")
                .plain(", see ")
                .link("https://example.org/pr/1?a=1&b=2", "the pull request")
                .plain(" and ")
                .role("S77", "Mentors")
                .plain(" in ")
                .channel("C1")
                .build();

        assertThat(SlackMrkdwn.INSTANCE.render(text))
                .isEqualTo("*M2 approved* by <@U42>, see <https://example.org/pr/1?a=1&b=2|the pull request> and"
                        + " @Mentors in <#C1>");
    }

    @Test
    void wordsAMemberTypedAreEscapedSoTheyAreNeverMarkup() {
        // given text typed in a form (raw) and in a slash command (already escaped by Slack)
        Text text = Text.builder()
                .user("<!here> <@U2> <http://evil.example|click> & ")
                .user("&lt;b&gt; R&amp;D")
                .build();

        // when
        String rendered = SlackMrkdwn.INSTANCE.render(text);

        // then no mention, special or disguised link survives, and nothing is escaped twice
        assertThat(rendered)
                .isEqualTo("&lt;!here&gt; &lt;@U2&gt; &lt;http://evil.example|click&gt; &amp; &lt;b&gt; R&amp;D");
        assertThat(text.mentionedMembers()).isEmpty();
    }

    @Test
    void aCommandHintIsTheAtelierCommandAMemberTypes() {
        CommandHint hint = CommandHint.of("internship start")
                .with("intern", "@a")
                .with("mentor", "@b")
                .with("task", 1);

        assertThat(SlackMrkdwn.INSTANCE.render(Text.builder().command(hint).build()))
                .isEqualTo("`/atelier internship start @a @b 1`");
    }
}
