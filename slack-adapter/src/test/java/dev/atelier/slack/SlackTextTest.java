package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaped slash command text: real URLs back inside links, typed markup left harmless. */
class SlackTextTest {

    @Test
    void linksGetTheirAmpersandsBack() {
        assertThat(SlackText.commandText("submit 1 <https://docs.example/d?usp=sharing&amp;x=1> \"a &amp; b\""))
                .isEqualTo("submit 1 <https://docs.example/d?usp=sharing&x=1> \"a &amp; b\"");
        assertThat(SlackText.commandText("submit 1 <https://x.org/?a=1&amp;b=2|x.org>"))
                .isEqualTo("submit 1 <https://x.org/?a=1&b=2>");
    }

    @Test
    void aLinkNeverKeepsADisguisingLabel() {
        assertThat(SlackText.commandText("ask \"see <http://evil.example/login|https://docs.example>\""))
                .isEqualTo("ask \"see <http://evil.example/login>\"");
    }

    @Test
    void formTextCannotBecomeMarkup() {
        assertThat(SlackText.formText("see <http://evil.example|click> <!here> a&b"))
                .isEqualTo("see &lt;http://evil.example|click&gt; &lt;!here&gt; a&b");
        assertThat(SlackText.formText(null)).isNull();
    }

    @Test
    void typedMarkupStaysEscapedAndMentionsStayAsTheyCame() {
        assertThat(SlackText.commandText("echo &lt;!channel&gt; <@U1|ann>"))
                .isEqualTo("echo &lt;!channel&gt; <@U1|ann>");
        assertThat(SlackText.commandText(null)).isNull();
    }
}
