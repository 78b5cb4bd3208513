package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.testing.StoreSnapshot;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command lines (catalog commands with random options, quotes, {@code name:value}, unicode
 * with right-to-left marks, emoji, zero-width and control characters, values up to 100 KB, negative
 * and huge numbers, impossible dates) fed to the parser and to the real core, as the intern, the
 * mentor, a moderator, an outsider and a member of another community: the parser only ever refuses
 * with a {@link Rejected}; the core always answers, never with "something went wrong", and a refusal
 * leaves the store exactly as it was. The same holds for options handed over already split (as
 * Discord does), button presses and form submissions with random ids.
 */
class CommandFuzzTest {

    private static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");
    private static final CommunityRef OTHER = new CommunityRef(Platform.CONSOLE, "other", "Other guild");
    private static final List<String> WHO = List.of("ivy", "mira", "mod", "olga", "other:oscar");
    private static TestAtelier atelier;

    @BeforeContainer
    static void startAtelier() {
        RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
        atelier = TestAtelier.start(
                List.of(platform), List.of(platform), new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));
        for (CommunityRef community : List.of(SHOP, OTHER)) {
            run(community, "mod", "cohort create spring");
            run(community, "mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
            run(community, "mod", "internship start @ivy @mira 1 spring");
            run(community, "mira", "milestone add 1 \"First draft\"");
        }
    }

    @AfterContainer
    static void stopAtelier() {
        atelier.close();
    }

    @Property(tries = 400)
    void theParserOnlyEverRefusesWithAClearReason(@ForAll("lines") String line) {
        CommandLine lines = new CommandLine(atelier.bot().catalog());
        try {
            CommandLine.Parsed parsed = lines.parse(line);
            OptionParser.parse(parsed.entry().spec(), parsed.raw());
        } catch (Rejected refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 100)
    void theCoreAlwaysAnswersAndARefusalChangesNothing(@ForAll("lines") String line, @ForAll("who") String who) {
        Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());

        Outcome outcome = run(who.startsWith("other:") ? OTHER : SHOP, who.replace("other:", ""), line);

        assertThat(outcome).isNotNull();
        Statistics.collect(outcome.isModal() ? "form" : outcome.reply().text().startsWith("⚠️") ? "refused" : "done");
        assertThat(outcome.isModal() || outcome.reply() != null)
                .as("an answer to %s", line)
                .isTrue();
        if (outcome.reply() != null) {
            String reply = outcome.reply().text();
            assertThat(reply)
                    .as("reply to %s", line)
                    .isNotBlank()
                    .doesNotStartWith("❌")
                    .doesNotContain("Exception", "\tat ");
            if (reply.startsWith("⚠️")) {
                assertThat(StoreSnapshot.of(atelier.mongo()))
                        .as("store after refused %s", line)
                        .isEqualTo(before);
            }
        }
    }

    @Property(tries = 60)
    void typedOptionsButtonsAndFormsWithRandomValuesAreAnsweredAndRefusalsChangeNothing(
            @ForAll("paths") String path,
            @ForAll("options") Map<String, String> options,
            @ForAll("who") String who,
            @ForAll("actionIds") String actionId) {
        CommunityRef community = who.startsWith("other:") ? OTHER : SHOP;
        Caller caller = caller(community, who.replace("other:", ""));
        for (java.util.function.Supplier<Outcome> interaction : List.<java.util.function.Supplier<Outcome>>of(
                () -> atelier.bot().run(caller, path, options),
                () -> atelier.bot().press(caller, actionId),
                () -> atelier.bot().submitModal(caller, actionId, options))) {
            Map<String, List<String>> before = StoreSnapshot.of(atelier.mongo());
            Outcome outcome = interaction.get();
            assertThat(outcome.isModal() || outcome.reply() != null).isTrue();
            if (!outcome.isModal()) {
                assertThat(outcome.reply().text())
                        .as("%s %s %s", path, options, actionId)
                        .doesNotStartWith("❌");
                if (outcome.reply().text().startsWith("⚠️")) {
                    assertThat(StoreSnapshot.changes(before, StoreSnapshot.of(atelier.mongo())))
                            .isEmpty();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(atelier.bot().catalog().commands()).map(CommandSpec::path);
    }

    /** Options as Discord hands them over: names of the catalog's options (or random ones), random values. */
    @Provide
    Arbitrary<Map<String, String>> options() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of(atelier.bot().catalog().commands().stream()
                        .flatMap(c -> c.options().stream())
                        .map(OptionSpec::name)
                        .distinct()
                        .toList()),
                Arbitraries.strings().all().ofMaxLength(10));
        return Arbitraries.maps(names, value()).ofMaxSize(5);
    }

    /** Button and form ids: well-formed ones around the catalog's commands, and garbage. */
    @Provide
    Arbitrary<String> actionIds() {
        Arbitrary<String> command = lines();
        return Arbitraries.oneOf(
                command.map(c -> "a||" + c),
                command.map(c -> "a|feedback|" + c),
                command.map(c -> "m|" + c),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of("a|", "m|", "a||", "|||", "g1000|a||review 1 approve"));
    }

    @Provide
    Arbitrary<String> who() {
        return Arbitraries.of(WHO);
    }

    @Provide
    Arbitrary<String> lines() {
        List<CommandSpec> commands = atelier.bot().catalog().commands();
        Arbitrary<String> path = Arbitraries.of(commands).map(CommandSpec::path);
        Arbitrary<String> optionName = Arbitraries.of(commands.stream()
                .flatMap(c -> c.options().stream())
                .map(OptionSpec::name)
                .distinct()
                .toList());
        Arbitrary<String> value = value();
        Arbitrary<String> named = Combinators.combine(optionName, value).as((name, v) -> name + ":" + v);
        Arbitrary<String> quoted = value.map(v -> "\"" + v + "\"");
        Arbitrary<List<String>> words = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, value),
                        net.jqwik.api.Tuple.of(3, named),
                        net.jqwik.api.Tuple.of(2, quoted))
                .list()
                .ofMaxSize(6);
        Arbitrary<String> typos = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> command =
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, path), net.jqwik.api.Tuple.of(1, typos));
        return Combinators.combine(command, words).as((c, w) -> c + (w.isEmpty() ? "" : " " + String.join(" ", w)));
    }

    private static Arbitrary<String> value() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().between(-3, 5).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("#1", "M1", "1", "0", "-1", "99999999999999999999999", "1e9", "0x10", "NaN", "1.5"),
                Arbitraries.of(
                        "2026-12-01",
                        "2026-13-45",
                        "2026-02-30",
                        "0000-00-00",
                        "99999-01-01",
                        "-2026-01-01",
                        "tomorrow"),
                Arbitraries.of(
                        "https://example.org/x",
                        "http://127.0.0.1/",
                        "javascript:alert(1)",
                        "https://",
                        "<https://evil.example|click>",
                        "ftp://x"),
                Arbitraries.of(
                        "<@ivy>",
                        "<@mira|Mira>",
                        "<@mod>",
                        "@olga",
                        "<#C1>",
                        "<#C1|general>",
                        "@everyone",
                        "<!channel>",
                        "<!here>",
                        "<@&123>",
                        "<!subteam^S1>"),
                Arbitraries.of("spring", "approve", "changes", "yes", "no", "UTC", "Europe/Paris", "Mars/Olympus"),
                Arbitraries.of(
                        "\u202Eevil\u202C",
                        "\u200B",
                        "😀🎓",
                        "\u0000",
                        "\u0007\u001B[31m",
                        "a\nb",
                        "\t",
                        "\uD800",
                        "שלום",
                        "\"",
                        "\"unclosed",
                        "“curly”",
                        "'single'",
                        ":",
                        "name:",
                        ":value"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.integers().between(1, 100_000).map("x"::repeat));
    }

    private static Outcome run(CommunityRef community, String who, String line) {
        return atelier.bot().run(caller(community, who), line);
    }

    private static Caller caller(CommunityRef community, String who) {
        return new Caller(community, new Actor(new Member(who, who), who.equals("mod")), null);
    }
}
