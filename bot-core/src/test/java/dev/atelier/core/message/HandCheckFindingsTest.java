package dev.atelier.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.testing.OnePairFlowTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What a hand check over the stand-ins found, each pinned: answers to the one who acted ping nobody (a started
 * internship, a pairing preview), the unanswered-question reminder points to the question's card instead of
 * carrying a Resolve button of its own that would go stale, and milestone replies read as sentences.
 */
class HandCheckFindingsTest extends OnePairFlowTest {

    @Test
    void startingAnInternshipAnswersTheModeratorWithoutPingingThePair() {
        as("mod", "task add \"Second\" \"Another task\"");

        Message reply = as("mod", "internship start @carol @dan 2").reply();

        assertThat(reply.plainText()).contains("started: @carol with mentor @dan");
        assertThat(reply.mentionedMembers()).isEmpty();
    }

    @Test
    void aPairingPreviewNamesThePairWithoutPingingThem() {
        as("mod", "cohort create autumn");
        as("mod", "task add \"Pairing\" \"A task\"");
        as("mod", "cohort task autumn 2");
        as("carol", "profile set learning:css timezone:UTC window:9-17");
        as("dan", "profile set expertise:css timezone:UTC window:9-17");
        as("carol", "cohort join autumn intern");
        as("dan", "cohort join autumn mentor");
        as("erin", "cohort join autumn intern");

        Message preview = as("mod", "pair preview autumn").reply();

        assertThat(preview.plainText()).contains("@carol with mentor @dan", "@erin (intern)");
        assertThat(preview.mentionedMembers()).isEmpty();
    }

    @Test
    void theUnansweredQuestionReminderLinksTheThreadWithoutAButtonOfItsOwn() {
        as("alice", "ask \"Which card do I test with?\"");
        platform.clear();

        clock.advance(Duration.ofDays(2));
        round();

        Notification reminder = platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().contains("Unanswered"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.message().buttons()).isEmpty();
        assertThat(reminder.message().body().spans())
                .anyMatch(s -> s instanceof Span.Link link
                        && link.url().equals(platform.threads().get(0).link()));
    }

    @Test
    void milestoneRepliesReadAsSentences() {
        assertThat(as("bob", "milestone add 1 \"Checkout page\"").reply().plainText())
                .startsWith("✅ Added to internship #1: ")
                .contains("M1 Checkout page");
        as("alice", "milestone propose 1 \"Tests\"");
        assertThat(as("bob", "milestone confirm 2").reply().plainText()).startsWith("✅ Confirmed: ");
    }
}
