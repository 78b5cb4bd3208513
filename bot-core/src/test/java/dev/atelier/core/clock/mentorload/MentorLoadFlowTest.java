package dev.atelier.core.clock.mentorload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mentor load through the real core: shown to moderators, flagged once per occasion with a mentor who has room. */
class MentorLoadFlowTest extends CoreFlowTest {

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #cohort");
        as("mod", "moderator add @carol");
        as("bob", "profile set expertise:java capacity:1 hours:2");
        as("dan", "profile set expertise:java capacity:3");
        as("dan", "cohort join spring-2026 mentor");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "task add \"Reports\" \"Add reports\" \"300 USD\" 20 \"sql\"");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("mod", "internship start @eve @bob 2 spring-2026");
        platform.clear();
    }

    List<Notification> notices(String instant) {
        clock.set(Instant.parse(instant));
        platform.clear();
        atelier.services().clockRound().run();
        return platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().startsWith("⚖️ Mentor load"))
                .toList();
    }

    @Test
    void anOverloadedMentorIsShownAndFlaggedToTheModeratorsOnceWithASuggestion() {
        assertThat(as("bob", "mentor load").reply().text()).contains("Only moderators");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("alice", "submit 1 https://example.org/pr/1");
        as("bob", "log 3 \"reviews\" 1");
        String load = as("mod", "mentor load").reply().text();
        assertThat(load)
                .contains(
                        "⚠️ @bob: 2/1 interns · 1 submission waiting · 3 h this week of 2 h",
                        "2 interns for a capacity of 1; @dan has room (0/3 interns) and knows java",
                        "• @dan: 0/3 interns");
        assertThat(load).as("a count of nothing is left out").doesNotContain("0 questions", "0 submissions");
        List<Notification> first = notices("2026-11-23T10:05:00Z");
        assertThat(first)
                .extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("carol"), Destination.direct("mod"));
        assertThat(first.get(0).message().text())
                .contains("2 interns for a capacity of 1", "Suggestion: @dan has room");
        assertThat(first.get(0).message().body().plain().lines())
                .as("every line starts as a sentence does")
                .allSatisfy(line ->
                        assertThat(Character.isLowerCase(line.charAt(0))).isFalse());
        assertThat(notices("2026-11-23T12:00:00Z")).as("once per occasion").isEmpty();
    }

    @Test
    void workWaitingLongerThanTheReviewTimeIsFlaggedOnce() {
        as("bob", "profile set capacity:2 hours:10");
        as("mod", "community rhythm review:4");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("alice", "submit 1 https://example.org/pr/1");
        assertThat(notices("2026-11-23T13:59:00Z")).isEmpty();
        assertThat(notices("2026-11-23T14:00:00Z"))
                .hasSize(2)
                .allSatisfy(n -> assertThat(n.message().text())
                        .contains("Work waiting since 2026-11-23 10:00 UTC, longer than the community's 4 h"));
        assertThat(notices("2026-11-24T14:00:00Z")).isEmpty();
        as("bob", "review 1 approve");
        assertThat(as("mod", "mentor load").reply().text()).contains("• @bob: 2/2 interns");
    }
}
