package dev.atelier.core.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hours, the final review, the pay statement, the rating and closing, through the bot's commands. */
class CompletionFlowTest extends CoreFlowTest {

    @BeforeEach
    void givenAnInternshipInACohortWithASplitRule() {
        as("mod", "cohort create spring");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400.01 USD\" 40");
        as("mod", "internship start @alice @bob 1 spring");
        as("bob", "milestone add 1 \"Checkout page\"");
    }

    String text(String who, String line) {
        Outcome outcome = as(who, line);
        return outcome.reply().markup();
    }

    @Test
    void aSplitRuleThatDoesNotAddUpIsRefusedAndThePreviousOneStays() {
        assertThat(text("mod", "cohort split spring intern 80% mentor 20%"))
                .contains("splits budgets as: intern 80% " + "mentor 20%");
        assertThat(text("mod", "cohort split spring intern 85% mentor 10%"))
                .contains("⚠️")
                .contains("must add up to 100 %");
        assertThat(text("mod", "cohort split nowhere intern 100%")).contains("There is no cohort named `nowhere`");
        assertThat(text("bob", "cohort split spring intern 100%")).contains("Only moderators");

        completeTheInternship();

        assertThat(text("alice", "internship statement 1"))
                .contains("Pay statement (intern 80% mentor 20%)")
                .contains("intern @alice: 320.01 USD (3 h)")
                .contains("mentor @bob: 80.00 USD (1 h)");
    }

    @Test
    void anHourlyRuleInAnotherCurrencyThanTheBudgetStopsCompletionAndChangesNothing() {
        as("mod", "cohort split spring mentor 25 EUR/h cap 100 EUR");
        as("bob", "log 2");
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");
        as("bob", "review 1 approve");

        assertThat(text("bob", "internship complete 1 9 java great \"Well done\""))
                .contains("⚠️ The cohort pays " + "mentors in EUR but the task's budget is in USD");

        assertThat(text("bob", "status 1")).contains("Status: active");
        as("mod", "cohort split spring mentor $25/h cap $100");
        assertThat(text("bob", "internship complete 1 9 java great \"Well done\""))
                .contains("is complete")
                .contains("intern @alice: 350.01 USD (0 h)")
                .contains("mentor @bob: 50.00 USD (2 h)");
    }

    @Test
    void hoursAreLoggedCheckedAndCorrected() {
        assertThat(text("alice", "log -2")).contains("⚠️ Hours cannot be negative");
        assertThat(text("alice", "log 30 \"all nighter\"")).contains("⚠️ One entry holds at most 24 hours");
        assertThat(text("eve", "log 2")).contains("⚠️ You are in no active internship");
        assertThat(text("eve", "log 2 x internship:1")).contains("⚠️ Internship #1 is not one of yours");
        assertThat(text("alice", "log 2.5 \"checkout form\"")).contains("Logged 2.5 h on internship #1");
        assertThat(text("bob", "log 1h30 review")).contains("Logged 1.5 h");
        assertThat(text("bob", "hours fix 1 8")).contains("⚠️ Only who logged entry 1");
        assertThat(text("alice", "hours fix 1 3")).contains("Entry 1 now holds 3 h");
        assertThat(text("alice", "hours remove 99")).contains("⚠️ There is no hours entry 99");

        String hours = text("bob", "hours list 1");

        assertThat(hours)
                .contains("Intern: @alice 3 h")
                .contains("Mentor: @bob 1.5 h")
                .contains("checkout form");
        assertThat(text("alice", "hours list"))
                .contains("#1 Shop checkout: 3 h")
                .contains("Total: 3 h");
        assertThat(text("mod", "hours list member:@bob"))
                .contains("#1 Shop checkout: 1.5 h")
                .contains("Total: 1.5 h");
        assertThat(text("alice", "hours list member:@bob")).contains("⚠️ Only moderators see another member's hours");
    }

    @Test
    void completingNeedsApprovedMilestonesAndAValidReviewAndChangesNothingOtherwise() {
        assertThat(text("bob", "internship complete 1 9 java great \"Well done\""))
                .contains("⚠️ 1 milestone is not approved yet");
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");
        as("bob", "review 1 approve");
        assertThat(text("bob", "internship complete 1 11 java great \"Well done\""))
                .contains("⚠️ The quality score " + "is a whole number from 1 to 10");
        assertThat(text("alice", "internship complete 1 9 java great \"Well done\""))
                .contains("⚠️ Only the mentor");
        assertThat(text("bob", "status 1")).contains("Status: active");
        assertThat(text("alice", "internship rate 1 5")).contains("once internship #1 is completed");
    }

    @Test
    void afterCompletionTheInternRatesTheMentorshipAndOnlyModeratorsSeeIt() {
        completeTheInternship();
        assertThat(platform.sent()).anySatisfy(n -> {
            assertThat(n.message().text()).contains("Your credential for *Shop checkout* is ready");
            assertThat(n.message().buttons())
                    .extracting(b -> b.label())
                    .containsExactly("Rate the mentorship", "Show my score on the page");
        });
        assertThat(text("bob", "internship rate 1 5")).contains("⚠️ Only the intern");
        assertThat(text("alice", "internship rate 1 7"))
                .contains("⚠️ Rate the mentorship with a whole number from 1 " + "to 5");

        assertThat(text("alice", "internship rate 1 4 \"kind, a bit slow\"")).contains("only they see it");

        assertThat(text("alice", "internship rate 1 5")).contains("already rated");
        assertThat(text("mod", "internship statement 1")).contains("4/5 — kind, a bit slow");
        assertThat(text("alice", "internship statement 1")).doesNotContain("kind, a bit slow");
        assertThat(text("bob", "internship statement 1"))
                .doesNotContain("kind, a bit slow")
                .contains("Score: 9/10");
        assertThat(text("alice", "log 1")).contains("⚠️");
    }

    @Test
    void theInternsProfileShowsTheirCompletedMicroInternships() {
        assertThat(text("alice", "profile show")).doesNotContain("Completed micro-internships");

        completeTheInternship();

        assertThat(text("alice", "profile show"))
                .contains("Completed micro-internships")
                .contains("(9/10)");
        assertThat(text("mod", "profile show <@alice>")).contains("Completed micro-internships");
    }

    @Test
    void moderatorsExportACohortsStatementsAsCsv() {
        completeTheInternship();
        as("mod", "task add \"Cart tests\" \"Test the cart\" \"€50\"");
        as("mod", "internship start @carol @bob 2 spring");
        assertThat(text("bob", "internship close 2 \"no time\"")).contains("Only moderators");

        assertThat(text("mod", "internship close 2 \"the client cancelled the task\""))
                .contains("Internship #2 is closed");

        assertThat(text("carol", "log 1")).contains("⚠️");
        Outcome export = as("mod", "cohort statements spring");
        assertThat(export.reply().text())
                .contains(
                        "```\ncohort,internship,task,completed,role,member_id,"
                                + "member_name,hours,amount,currency,minor_units,rule\r\n"
                                + "spring,1,Shop checkout,2026-11-23,intern,alice,alice,3,340.01,USD,34001,intern 85% mentor 15%\r\n"
                                + "spring,1,Shop checkout,2026-11-23,mentor,bob,bob,1,60.00,USD,6000,intern 85% mentor 15%\n```");
        assertThat(text("bob", "cohort statements spring")).contains("Only moderators");
    }

    private void completeTheInternship() {
        as("alice", "log 3");
        as("bob", "log 1");
        as("alice", "submit 1 https://github.com/alice/shop/pull/3");
        as("bob", "review 1 approve");
        Outcome done = as("bob", "internship complete 1 9 \"java, testing\" \"careful tests\" \"Alice shipped it.\"");
        assertThat(done.reply().fields()).extracting(Field::name).contains("Credential");
    }
}
