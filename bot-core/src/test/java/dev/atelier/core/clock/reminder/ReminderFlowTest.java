package dev.atelier.core.clock.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Span;
import dev.atelier.core.testing.OnePairFlowTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders through the real core: each once per occasion, outside the recipient's quiet hours. */
class ReminderFlowTest extends OnePairFlowTest {

    List<Notification> at(String instant, String titlePrefix) {
        clock.set(Instant.parse(instant));
        platform.clear();
        atelier.services().clockRound().run();
        return platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().startsWith(titlePrefix))
                .toList();
    }

    @Test
    void dueSoonThenOverdueEachOnceAndNeverInQuietHours() {
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-11-25");
        // M1 is due by the end of 25 November in Paris: 2026-11-25T23:00Z; a day before is 00:00 in Paris, quiet.
        assertThat(at("2026-11-24T22:59:00Z", "⏰")).isEmpty();
        assertThat(at("2026-11-24T23:00:00Z", "⏰")).as("alice's quiet hours").isEmpty();
        assertThat(at("2026-11-25T06:59:00Z", "⏰")).isEmpty();
        List<Notification> soon = at("2026-11-25T07:00:00Z", "⏰ Due soon");
        assertThat(soon).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(Destination.direct("alice"));
            assertThat(n.fallback()).isEqualTo(Destination.channel("ws-atelier-1-alice"));
            assertThat(n.message().text()).contains("M1 Checkout page", "due by the end of 2026-11-25");
        });
        assertThat(at("2026-11-25T12:00:00Z", "⏰")).isEmpty();

        assertThat(at("2026-11-25T23:00:00Z", "⌛")).as("both in quiet hours").isEmpty();
        assertThat(at("2026-11-26T07:00:00Z", "⌛ Overdue"))
                .extracting(Notification::to)
                .containsExactly(Destination.direct("alice"));
        assertThat(at("2026-11-26T08:00:00Z", "⌛ Overdue"))
                .extracting(Notification::to)
                .containsExactly(Destination.direct("bob"));
        assertThat(at("2026-11-27T12:00:00Z", "⌛")).isEmpty();
        assertThat(at("2026-11-27T12:05:00Z", "⏰")).isEmpty();
    }

    @Test
    void aChangedDueDateIsANewOccasionAndSubmittedWorkIsNotChased() {
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-11-25");
        assertThat(at("2026-11-25T07:00:00Z", "⏰ Due soon")).hasSize(1);
        as("bob", "milestone edit 1 due:2026-11-28");
        assertThat(at("2026-11-26T08:00:00Z", "⌛"))
                .as("the old date passed, but it is not the due date")
                .isEmpty();
        assertThat(at("2026-11-28T07:00:00Z", "⏰ Due soon"))
                .singleElement()
                .satisfies(n -> assertThat(n.message().text()).contains("2026-11-28"));
        as("alice", "submit 1 https://example.org/pr/1");
        assertThat(at("2026-11-29T08:00:00Z", "⌛")).isEmpty();
    }

    @Test
    void aSubmissionWaitingLongerThanTheCommunityAllowsRemindsTheMentorOncePerSubmission() {
        assertThat(as("mod", "community rhythm review:4").reply().text()).contains("review reminder after 4 h");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-20");
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        as("alice", "submit 1 https://example.org/pr/1");
        assertThat(at("2026-11-24T12:59:00Z", "👀")).isEmpty();
        assertThat(at("2026-11-24T13:00:00Z", "👀 Waiting for your review"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.to()).isEqualTo(Destination.direct("bob"));
                    assertThat(n.message().buttons())
                            .as("the card's buttons are the only ones; the review updates them")
                            .isEmpty();
                    assertThat(n.message().body().spans())
                            .anySatisfy(s -> assertThat(s).isInstanceOf(Span.PostLink.class));
                });
        assertThat(at("2026-11-24T15:00:00Z", "👀")).isEmpty();
        clock.set(Instant.parse("2026-11-24T16:00:00Z"));
        as("bob", "review 1 changes \"add tests\"");
        as("alice", "submit 1 https://example.org/pr/2");
        assertThat(at("2026-11-24T19:59:00Z", "👀")).isEmpty();
        assertThat(at("2026-11-24T20:00:00Z", "👀")).hasSize(1);
        as("bob", "review 1 approve");
        assertThat(at("2026-11-25T20:00:00Z", "👀")).isEmpty();
    }

    @Test
    void anUnansweredQuestionRemindsTheMentorOnceAfterTheCommunityWait() {
        as("alice", "ask \"How do I run the integration tests?\"");
        as("alice", "ask \"Which card numbers work in test mode?\"");
        as("alice", "resolve 2");
        assertThat(at("2026-11-24T09:59:00Z", "❓")).isEmpty();
        assertThat(at("2026-11-24T10:00:00Z", "❓ Unanswered")).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(Destination.direct("bob"));
            assertThat(n.message().title()).isEqualTo("❓ Unanswered: Q1");
            assertThat(n.message().text()).contains("How do I run the integration tests?");
        });
        assertThat(at("2026-11-25T10:00:00Z", "❓")).isEmpty();
    }
}
