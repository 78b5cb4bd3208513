package dev.atelier.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

    ConsoleFixture console;

    @BeforeEach
    void start() {
        console = new ConsoleFixture();
    }

    @AfterEach
    void stop() {
        console.close();
    }

    String run(String script) throws Exception {
        return console.run(script);
    }

    @Test
    void aReplyIsPostedInTheQuestionsThreadAndAnswersIt() throws Exception {
        run(PAIR + "alice ask how do I run the integration tests\n");

        String output = run("bob reply 1 run mvn verify -Pit\n");

        assertThat(output).contains("→ in thread #atelier-1-alice/q1: @bob: run mvn verify -Pit");
        assertThat(output)
                .as("the question's card, updated in place, as after the other commands")
                .contains("→ updated in #atelier-1-alice: 【❓ Q1 · internship #1】")
                .contains("💬 Answered by @bob");
        assertThat(console.atelier
                        .mongo()
                        .getCollection("questions")
                        .find()
                        .first()
                        .getString("status"))
                .isEqualTo("ANSWERED");
        assertThat(run("bob queue\n")).doesNotContain("Q1");
    }

    @Test
    void aReplyToAQuestionWithoutAThreadHereSaysSo() throws Exception {
        String output = run(PAIR + "bob reply 7 hello\n");

        assertThat(output).contains("⚠️ Q7 has no thread in this console session");
        assertThat(console.atelier.mongo().getCollection("message_counts").countDocuments())
                .isZero();
    }

    @Test
    void movingTheClockOnShowsTheReminderForASubmissionNobodyReviewed() throws Exception {
        run(PAIR + "alice submit 1 https://example.org/checkout\n");

        String output = run("clock +2d\n");

        assertThat(output).contains("🕒 The console's clock is now Wed 2026-11-25 09:00 UTC (moved +2d)");
        assertThat(output).contains("🕒 Clock round:").doesNotContain(" 0 reminders", " 0 check-in prompts");
        assertThat(output.lines().filter(l -> l.contains("→ DM to @bob"))).isNotEmpty();
        assertThat(console.clock.instant()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(run("clock +1m\n"))
                .as("a round with nothing due says so")
                .contains("🕒 Clock round: nothing was due.");
    }

    @Test
    void theClockMovesInHoursAndMinutesButNeverBack() throws Exception {
        String output = run("clock +3h\nclock +30m\nclock -1d\nclock +0m\nclock soon\n");

        assertThat(output)
                .contains("now Mon 2026-11-23 12:00 UTC (moved +3h)")
                .contains("now Mon 2026-11-23 12:30 UTC (moved +30m)");
        assertThat(output.lines().filter(l -> l.contains("⚠️"))).hasSize(3);
        assertThat(console.clock.instant()).isEqualTo(Instant.parse("2026-11-23T12:30:00Z"));
        assertThat(console.atelier.mongo().getCollection("internships").countDocuments(new Document()))
                .isZero();
    }
}
