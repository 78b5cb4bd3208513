package dev.atelier.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the README's console walkthrough (config/console-walkthrough.txt) against the real core. */
class ConsoleWalkthroughTest {

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
    void theReadmeWalkthroughRunsAWholeInternship() throws Exception {
        String script = Files.readString(Path.of("..", "config", "console-walkthrough.txt"));

        String output = run(script);

        assertThat(output).doesNotContain("⚠️").doesNotContain("❌");
        assertThat(output)
                .contains("→ created private channel #atelier-1-alice for @alice, @bob")
                .contains("spring-2026: 1 active pair, 0 at risk.")
                .contains("Rhythm set: check-in answers within 24 h · review reminder after 24 h")
                .contains("→ in #atelier-1-alice: 【Internship #1 · Shop checkout】")
                .contains("→ opened thread #atelier-1-alice/q1")
                .contains("→ in thread #atelier-1-alice/q1: ✅ @bob resolved Q1.")
                .contains("[Approve] → review 1 approve   [Request changes] → review 1 changes <feedback>")
                .contains("→ DM to @bob: 📥 @alice submitted M1 Checkout page for your review")
                .contains("↩️ @bob requested changes on @alice's M1 Checkout page.")
                .contains("Changes requested on M1 Checkout page")
                .contains("Feedback: Show an error when the card is declined")
                .contains("🎉 Internship #1 is complete")
                .contains("intern @alice: 340.00 USD (8 h)")
                .contains("mentor @bob: 60.00 USD (1.5 h)")
                .contains("http://localhost:8080/credentials/")
                .contains("→ DM to @alice: 🏅 Your credential for Shop checkout is ready")
                .contains("Status: completed")
                .contains("🏅 Shop checkout — 9/10 · java, sql, testing")
                .contains("spring-2026,1,Shop checkout,2026-11-23,intern,alice,alice,8,340.00,USD,34000");
    }

    @Test
    void theReadmePairingExampleMatchesAndStartsAnInternship() throws Exception {
        String script = Files.readString(Path.of("..", "config", "pairing-walkthrough.txt"));

        String output = run(script);

        assertThat(output).doesNotContain("⚠️").doesNotContain("❌");
        assertThat(output)
                .contains("@alice with mentor @bob, task #1 Shop checkout: Rails and sql in common; 5 h overlap")
                .doesNotContain("Left out")
                .contains("→ created private channel #atelier-1-alice for @alice, @bob")
                .contains("1 internship started in spring-2026.");
    }

    @Test
    void badLinesGetAClearAnswerAndChangeNothing() throws Exception {
        String output = run("""
                alice cohort create sneaky
                mod frobnicate
                mod task add "T" "D" budget:lots
                mod internship start @alice @bob 99
                mod submit 1 not-a-link
                nobody
                alice milestone add 1 x
                mod cohort list
                """);

        assertThat(output)
                .contains("Only moderators can run cohort create")
                .contains("There is no command frobnicate")
                .contains("A budget is an amount with an optional currency")
                .contains("There is no task #99 here")
                .contains("link must be a full web link starting with https://, not not-a-link")
                .contains("Start the line with who acts")
                .contains("There is no internship #1 here")
                .contains("No cohorts yet");
    }

    @Test
    void userTextCannotPingEveryone() throws Exception {
        String output = run("mod task add \"Party for @everyone\" \"bring <!channel> and @here\"\nmod task list");

        List<String> botLines = output.lines().filter(l -> l.contains("→")).toList();
        assertThat(botLines).isNotEmpty().noneMatch(l -> l.contains("@everyone") || l.contains("@here"));
        assertThat(String.join("\n", botLines)).contains("@\u200Beveryone");
    }
}
