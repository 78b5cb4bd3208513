package dev.atelier.core.away;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.OnePairFlowTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days away through the real core and its clock: alice (Europe/Paris) interns with bob (UTC); check-ins on
 * Mondays 10:00 in Paris (09:00 UTC), quiet 22:00–08:00.
 */
class AwayFlowTest extends OnePairFlowTest {

    ClockRound.Report at(String instant) {
        clock.set(Instant.parse(instant));
        return round();
    }

    List<Notification> titled(String prefix) {
        return platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().startsWith(prefix))
                .toList();
    }

    @Test
    void noCheckInPromptWhileAwayAndOneWhenBackOutsideQuietHours() {
        assertThat(as("alice", "away 2026-11-29 2026-12-01 \"family visit\"")
                        .reply()
                        .text())
                .contains("Away 2026-11-29 – 2026-12-01 (family visit)", "Europe/Paris");
        at("2026-11-30T09:00:00Z");
        assertThat(prompts()).isEmpty();
        at("2026-12-01T22:59:00Z");
        assertThat(prompts()).as("still 1 December in Paris").isEmpty();
        at("2026-12-01T23:00:00Z");
        assertThat(prompts())
                .as("back at midnight in Paris, but that is quiet time")
                .isEmpty();
        at("2026-12-02T07:00:00Z");
        assertThat(prompts()).singleElement().satisfies(n -> assertThat(n.to()).isEqualTo(Destination.direct("alice")));
        at("2026-12-02T12:00:00Z");
        assertThat(prompts()).hasSize(1);
    }

    @Test
    void aCommunityHolidaySilencesEveryoneThatDayInTheirOwnZone() {
        assertThat(as("alice", "community holiday 2026-11-30").reply().text()).contains("Only moderators");
        assertThat(as("mod", "community holiday 2026-11-30 \"Staff day\"")
                        .reply()
                        .text())
                .contains("2026-11-30 Staff day is a community holiday");
        assertThat(as("alice", "away list").reply().text()).contains("🎉 2026-11-30 Staff day (community holiday)");
        at("2026-11-30T09:00:00Z");
        assertThat(prompts()).isEmpty();
        at("2026-12-01T07:00:00Z");
        assertThat(prompts()).hasSize(1);
    }

    @Test
    void remindersWaitUntilTheRecipientIsBackAndDueDatesInsideAreFlaggedToThePair() {
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-11-26");
        as("bob", "milestone add 1 \"Receipts\" \"Mails a receipt\" 2026-12-20");
        Outcome away = as("alice", "away 2026-11-25 2026-11-28");
        assertThat(away.reply().text()).contains("1 due date falls inside");
        assertThat(away.notifications()).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(Destination.channel("ws-atelier-1-alice"));
            assertThat(n.message().text())
                    .contains("@alice is away 2026-11-25 – 2026-11-28.", "M1 Checkout page (due 2026-11-26)")
                    .doesNotContain("Receipts");
            assertThat(n.message().mentionedMembers()).containsExactly("bob");
        });
        at("2026-11-26T07:00:00Z");
        assertThat(titled("⏰")).as("due soon, but alice is away").isEmpty();
        at("2026-11-27T08:00:00Z");
        assertThat(titled("⌛ Overdue"))
                .extracting(Notification::to)
                .as("bob is not away")
                .containsExactly(Destination.direct("bob"));
        platform.clear();
        at("2026-11-28T22:59:00Z");
        assertThat(titled("⌛")).isEmpty();
        at("2026-11-29T07:00:00Z");
        assertThat(titled("⌛ Overdue")).extracting(Notification::to).containsExactly(Destination.direct("alice"));
    }

    @Test
    void idleDaysAreNotCountedWhileTheInternIsAway() {
        as("mod", "community rhythm stall:5");
        as("alice", "away 2026-11-24 2026-12-01");
        assertThat(at("2026-11-28T10:00:00Z").flagged()).isZero();
        assertThat(at("2026-12-01T22:00:00Z").flagged())
                .as("nine idle days, all but one away")
                .isZero();
        assertThat(at("2026-12-06T22:59:00Z").flagged())
                .as("back since 2026-12-01T23:00Z")
                .isZero();
        assertThat(at("2026-12-06T23:00:00Z").flagged()).isEqualTo(1);
    }

    @Test
    void thePartnerAndTheModeratorsSeeAwayUntilInStatusQueueAndHome() {
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-20");
        as("alice", "submit 1 https://example.org/pr/1");
        as("alice", "away 2026-11-23 2026-11-27");
        as("bob", "away 2026-11-23 2026-11-24");
        assertThat(as("bob", "status").reply().text())
                .contains("🏖️ alice is away until 2026-11-27", "🏖️ bob is away until 2026-11-24");
        assertThat(as("mod", "status").reply().text()).contains("🏖️ alice is away until 2026-11-27");
        assertThat(as("bob", "queue").reply().text()).contains("@alice · 🏖️ away until 2026-11-27");
        assertThat(as("alice", "home").reply().fields().get(0).value().markup())
                .contains("@bob · 🏖️ away until 2026-11-24");
        clock.set(Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(as("bob", "status").reply().text()).doesNotContain("away until");
    }

    @Test
    void badInputChangesNothingAndClearEndsTheSilence() {
        assertThat(as("alice", "away soon").reply().text()).contains("neither a date");
        assertThat(as("alice", "away 2026-12-10 2026-12-01").reply().text()).contains("comes before the first");
        assertThat(as("alice", "away 2026-11-01 2026-11-02").reply().text()).contains("in the past");
        assertThat(as("alice", "away 2026-12-01").reply().text()).contains("last day you are away");
        assertThat(as("alice", "away 2026-12-01 2028-12-01").reply().text()).contains("at most a year");
        assertThat(as("alice", "away list").reply().text()).contains("No away days ahead");
        as("alice", "away 2026-11-29 2026-12-01 \"<@bob> @everyone\"");
        assertThat(as("alice", "away list").reply().text())
                .contains("2026-11-29 – 2026-12-01")
                .doesNotContain("<@bob>")
                .doesNotContain("@everyone");
        assertThat(in(OTHER, "alice", "away list").reply().text())
                .as("another community")
                .contains("No away days");
        assertThat(as("alice", "away clear").reply().text()).contains("Cleared 1 away period");
        at("2026-11-30T09:00:00Z");
        assertThat(prompts()).hasSize(1);
    }
}
