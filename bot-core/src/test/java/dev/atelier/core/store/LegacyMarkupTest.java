package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegacyMarkupTest {

    @Test
    void aReplyStoredAsMarkupComesBackAsSpans() {
        Text read =
                LegacyMarkup.read("✅ *M1* approved by <@U1>; see <https://x.org/a|the card> in <#C9>.\nRun `status`.");

        assertThat(read.spans())
                .containsExactly(
                        new Span.Plain("✅ "),
                        new Span.Bold("M1"),
                        new Span.Plain(" approved by "),
                        new Span.MemberMention("U1"),
                        new Span.Plain("; see "),
                        new Span.Link("https://x.org/a", "the card"),
                        new Span.Plain(" in "),
                        new Span.ChannelMention("C9"),
                        new Span.Plain("."),
                        new Span.LineBreak(),
                        new Span.Plain("Run "),
                        new Span.Code("status"),
                        new Span.Plain("."));
    }

    @Test
    void wordsAMemberTypedStayUserTextAndQuotedLinesPingNobody() {
        Text read = LegacyMarkup.read("Asked: \uE000*not bold* <@U2>\uE001\n> hello <@U3>");

        assertThat(read.spans())
                .containsExactly(
                        new Span.Plain("Asked: "),
                        new Span.UserText("*not bold* <@U2>"),
                        new Span.Quote("hello <@U3>"));
        assertThat(read.mentionedMembers()).isEmpty();
    }

    @Test
    void storedSpansAreReadAsStoredAndOldMarkupOnlyWithoutThem() {
        Text built = Text.builder().bold("M2").plain(" waits").build();

        assertThat(TextDocuments.toText(TextDocuments.toDocuments(built), "*ignored*"))
                .isEqualTo(built);
        assertThat(TextDocuments.toText(null, "*M2* waits").spans())
                .isEqualTo(List.of(new Span.Bold("M2"), new Span.Plain(" waits")));
        assertThat(TextDocuments.toText(null, null)).isEqualTo(Text.empty());
    }
}
