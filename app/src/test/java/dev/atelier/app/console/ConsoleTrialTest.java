package dev.atelier.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.TestAtelier;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console as a full trial: replies in a question's thread, and a clock moved on to see what the bot does later. */
class ConsoleTrialTest {

    private static final String PAIR = """
            mod task add "Shop checkout" "Add a checkout"
            mod internship start @alice @bob 1
            bob milestone add 1 Checkout page
            """;

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    TestAtelier atelier;
    ConsoleSession session;

    @BeforeEach
    void start() {
        ConsolePlatform platform = new ConsolePlatform(out);
        atelier = TestAtelier.start(List.of(platform), List.of(platform), clock);
        session = new ConsoleSession(
                atelier.bot(),
                "local",
                Set.of("mod"),
                out,
                new ConsoleTrial(
                        clock,
                        by -> {
                            clock.advance(by);
                            return clock.instant();
                        },
                        atelier.services().clockRound(),
                        atelier.services().peerHelp(),
                        platform::questionThread));
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    String run(String script) throws Exception {
        bytes.reset();
        session.run(new BufferedReader(new StringReader(script)), true);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReplyIsPostedInTheQuestionsThreadAndAnswersIt() throws Exception {
        run(PAIR + "alice ask how do I run the integration tests\n");

        String output = run("bob reply 1 run mvn verify -Pit\n");

        assertThat(output).contains("→ in thread #atelier-1-alice/q1: @bob: run mvn verify -Pit");
        assertThat(atelier.mongo().getCollection("questions").find().first().getString("status"))
                .isEqualTo("ANSWERED");
        assertThat(run("bob queue\n")).doesNotContain("Q1");
    }

    @Test
    void aReplyToAQuestionWithoutAThreadHereSaysSo() throws Exception {
        String output = run(PAIR + "bob reply 7 hello\n");

        assertThat(output).contains("⚠️ Q7 has no thread in this console session");
        assertThat(atelier.mongo().getCollection("message_counts").countDocuments())
                .isZero();
    }

    @Test
    void movingTheClockOnShowsTheReminderForASubmissionNobodyReviewed() throws Exception {
        run(PAIR + "alice submit 1 https://example.org/checkout\n");

        String output = run("clock +2d\n");

        assertThat(output).contains("🕒 The console's clock is now Wed 2026-11-25 09:00 UTC (moved +2d)");
        assertThat(output).contains("🕒 Clock round:").doesNotContain(" 0 reminder(s)");
        assertThat(output.lines().filter(l -> l.contains("→ DM to @bob"))).isNotEmpty();
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void theClockMovesInHoursAndMinutesButNeverBack() throws Exception {
        String output = run("clock +3h\nclock +30m\nclock -1d\nclock +0m\nclock soon\n");

        assertThat(output)
                .contains("now Mon 2026-11-23 12:00 UTC (moved +3h)")
                .contains("now Mon 2026-11-23 12:30 UTC (moved +30m)");
        assertThat(output.lines().filter(l -> l.contains("⚠️"))).hasSize(3);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T12:30:00Z"));
        assertThat(atelier.mongo().getCollection("internships").countDocuments(new Document()))
                .isZero();
    }
}
