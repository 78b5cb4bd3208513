package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Span;
import dev.atelier.core.shared.Rejected;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParsingTest {

    final CommandCatalog catalog = new CommandCatalog()
            .add(
                    new CommandSpec(
                            "submit",
                            null,
                            "Submit",
                            Access.EVERYONE,
                            List.of(
                                    OptionSpec.required("milestone", OptionType.MILESTONE, "The milestone"),
                                    OptionSpec.required("link", OptionType.URL, "Link"),
                                    OptionSpec.optional("notes", OptionType.LONG_TEXT, "Notes")
                                            .maxLength(20)
                                            .restOfLine()),
                            null),
                    this::none)
            .add(
                    new CommandSpec(
                            "cohort",
                            "create",
                            "Create",
                            Access.MODERATOR,
                            List.of(
                                    OptionSpec.required("name", OptionType.TEXT, "Name"),
                                    OptionSpec.optional("channel", OptionType.CHANNEL, "Channel"),
                                    OptionSpec.optional("starts", OptionType.DATE, "Start")),
                            null),
                    this::none)
            .add(
                    new CommandSpec(
                            "internship",
                            "start",
                            "Start",
                            Access.MODERATOR,
                            List.of(
                                    OptionSpec.required("intern", OptionType.MEMBER, "Intern"),
                                    OptionSpec.required("hours", OptionType.INTEGER, "Hours")),
                            null),
                    this::none);
    final CommandLine lines = new CommandLine(catalog);

    Outcome none(Context context, Options options) {
        return null;
    }

    Options parse(String line) {
        CommandLine.Parsed parsed = lines.parse(line);
        return OptionParser.parse(parsed.entry().spec(), parsed.raw());
    }

    @Test
    void optionsInOrderWithQuotesAndALeadingSlash() {
        Options o = parse("/submit 3 https://github.com/a/b/pull/1 \"first draft\"");
        assertThat(o.number("milestone")).isEqualTo(3);
        assertThat(o.url("link")).hasToString("https://github.com/a/b/pull/1");
        assertThat(o.text("notes")).isEqualTo("first draft");
    }

    @Test
    void optionsByNameAndUnquotedWordsFillTheOptionTakingTheRestOfTheLine() {
        Options o = parse("submit link:https://x.org milestone:#4 all good now");
        assertThat(o.number("milestone")).isEqualTo(4);
        assertThat(o.text("notes")).isEqualTo("all good now");
    }

    @Test
    void curlyQuotesFromPhonesGroupWords() {
        assertThat(parse("cohort create \u201Cspring 2026\u201D").text("name")).isEqualTo("spring 2026");
    }

    @Test
    void slackEscapedMentionsAndChannelsAreUnderstood() {
        Options o = parse("internship start <@U123|ann lee> 5");
        assertThat(o.member("intern").id()).isEqualTo("U123");
        assertThat(o.member("intern").name()).isEqualTo("ann lee");
        assertThat(parse("cohort create x <#C42|interns>").text("channel")).isEqualTo("C42");
        assertThat(parse("internship start @alice 5").member("intern").id()).isEqualTo("alice");
    }

    @Test
    void aCommandWithoutItsSubcommandListsEachAsTheCommandToTypeWithWhatItDoes() {
        for (String line : List.of("cohort", "cohort plan")) {
            // when a moderator forgets the subcommand
            Rejected refused = catchThrowableOfType(Rejected.class, () -> lines.parse(line, () -> true));

            // then each subcommand is a command hint (each platform renders it as typed there), in a list
            List<Span> spans = refused.text().spans();
            assertThat(spans.stream()
                            .filter(Span.Command.class::isInstance)
                            .map(s -> ((Span.Command) s).hint().path()))
                    .as(line)
                    .containsExactly("cohort create");
            assertThat(spans).filteredOn(Span.Bullet.class::isInstance).hasSize(1);
            assertThat(refused.text().plain()).contains("cohort create: create");
            assertThat(refused.text().plain()).doesNotContain("|", "one of:");
        }
    }

    @Test
    void aMemberIsNotListedModeratorsSubcommands() {
        // when a member forgets the subcommand of a command whose subcommands only moderators run
        Rejected refused = catchThrowableOfType(Rejected.class, () -> lines.parse("cohort", () -> false));

        // then the refusal lists none of them and says who runs them
        assertThat(refused.text().spans()).noneMatch(Span.Command.class::isInstance);
        assertThat(refused.text().plain()).contains("Only moderators can run", "cohort", "commands");
    }

    @Test
    void eachMistakeHasItsOwnMessage() {
        assertThatThrownBy(() -> parse("frob")).hasMessageContaining("There is no command `frob`");
        assertThatThrownBy(() -> lines.parse("cohort", () -> true)).hasMessageContaining("Say what cohort should do");
        assertThatThrownBy(() -> lines.parse("cohort delete x", () -> true))
                .hasMessageContaining("cohort has no delete");
        assertThatThrownBy(() -> parse("submit 3")).hasMessageContaining("needs link");
        assertThatThrownBy(() -> parse("submit three https://x.org"))
                .hasMessageContaining("must be a milestone number");
        assertThatThrownBy(() -> parse("submit 3 ftp://x.org")).hasMessageContaining("full web link");
        assertThatThrownBy(() -> parse("submit 3 https://x.org " + "n".repeat(21)))
                .hasMessageContaining("notes is 21 characters long; the limit is 20");
        assertThatThrownBy(() -> parse("cohort create x #c 2026-13-01")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> parse("internship start @a lots")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse("internship start @a 1 extra")).hasMessageContaining("Too many values");
        assertThatThrownBy(() -> parse("submit milestone:3 milestone:4 https://x.org"))
                .hasMessageContaining("given twice");
        assertThatThrownBy(() -> OptionParser.parse(catalog.spec("submit").orElseThrow(), Map.of("colour", "red")))
                .hasMessageContaining("has no option `colour`");
        assertThatThrownBy(() -> parse("   ")).hasMessageContaining("Type a command");
    }

    @Test
    void aCommandDeclaredTwiceIsAProgrammingError() {
        CommandSpec again = catalog.spec("submit").orElseThrow();
        assertThatThrownBy(() -> catalog.add(again, this::none)).isInstanceOf(IllegalStateException.class);
    }
}
