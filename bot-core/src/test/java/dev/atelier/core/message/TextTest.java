package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void builderKeepsWhatEachPieceIs() {
        // when
        Text text = Text.builder()
                .plain("Submitted ")
                .bold("M2")
                .plain(" for ")
                .member("42")
                .plain(": ")
                .user("see <@7> *now*")
                .build();

        // then
        assertThat(text.spans())
                .containsExactly(
                        new Span.Plain("Submitted "),
                        new Span.Bold("M2"),
                        new Span.Plain(" for "),
                        new Span.MemberMention("42"),
                        new Span.Plain(": "),
                        new Span.UserText("see <@7> *now*"));
        assertThat(text.mentionedMembers()).containsExactly("42");
    }

    @Test
    void membersTypedByAMemberAreNeverMentions() {
        Text text = Text.builder().user("<@1> @everyone").quote("<@2>").build();

        assertThat(text.mentionedMembers()).isEmpty();
    }

    @Test
    void blocksStandOnTheirOwnLines() {
        // when a quote sits between words
        Text text = Text.builder()
                .plain("Asked:")
                .quote("why?")
                .plain("Answer in the thread.")
                .build();

        // then line breaks surround it, once
        assertThat(text.spans())
                .containsExactly(
                        new Span.Plain("Asked:"),
                        new Span.LineBreak(),
                        new Span.Quote("why?"),
                        new Span.LineBreak(),
                        new Span.Plain("Answer in the thread."));
        assertThat(text.plain()).isEqualTo("Asked:\n> why?\nAnswer in the thread.");
    }

    @Test
    void plainTextShowsNamesAndLinksWithoutMarkup() {
        Text text = Text.builder()
                .bold("Done")
                .plain(" ")
                .member("alice")
                .plain(" ")
                .role("99", "Mentors")
                .plain(" ")
                .link("https://x.example", "the docs")
                .build();

        assertThat(text.plain()).isEqualTo("Done @alice @Mentors the docs (https://x.example)");
    }

    @Test
    void aCommandHintIsWrittenAsTheCatalogReadsIt() {
        CommandHint hint = CommandHint.of("internship start")
                .with("intern", "@a")
                .with("mentor", "@b")
                .with("task", 1)
                .named("title", "Shop checkout");

        assertThat(hint.consoleLine()).isEqualTo("internship start @a @b 1 title:\"Shop checkout\"");
        assertThat(CommandHint.of("ask").placeholder("question").consoleLine()).isEqualTo("ask <question>");
    }

    @Test
    void listsAndJoinsBuildLines() {
        Text list = Text.list(List.of(Text.of("one"), Text.of("two")));

        assertThat(list.plain()).isEqualTo("• one\n• two");
        assertThat(Text.join(Text.of(", "), List.of(Text.of("a"), Text.of("b"))).plain())
                .isEqualTo("a, b");
    }

    @Test
    void aMenuChoiceRunsItsCommandWithTheChosenValue() {
        Select select = Select.of("Milestone", "submit", "milestone", List.of(new SelectOption("M1 Checkout", "1")));

        assertThat(ActionIds.parseSelect(select.actionId(), "1")).contains("submit milestone:1");
        assertThat(ActionIds.parseSelect("a||x", "1")).isEmpty();
    }

    @Test
    void aListJoinedAfterASentenceStartsOnItsOwnLine() {
        Text items = Text.list(List.of(Text.of("#1 on track"), Text.of("#2 at risk")));
        Text joined = Text.builder().plain("2 active pairs.").text(items).build();
        assertThat(joined.plain())
                .isEqualTo(Text.builder()
                        .plain("2 active pairs.")
                        .line()
                        .text(items)
                        .build()
                        .plain());
        assertThat(joined.spans().get(1)).isInstanceOf(Span.LineBreak.class);
    }
}
