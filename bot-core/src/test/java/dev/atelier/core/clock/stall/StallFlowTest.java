package dev.atelier.core.clock.stall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Notification;
import dev.atelier.core.testing.CoreFlowTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stall detection through the real core: flag once, tell the moderators once, clear, raise again. */
class StallFlowTest extends CoreFlowTest {

    // The clock starts on Monday 2026-11-23, 10:00 UTC; check-ins default to Mondays 10:00 UTC (nobody set a zone).
    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #cohort");
        as("mod", "moderator add @carol");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("mod", "internship start @dave @bob 1 spring-2026");
        platform.clear();
    }

    ClockRound.Report at(String instant) {
        clock.set(Instant.parse(instant));
        return atelier.services().clockRound().run();
    }

    List<Notification> notices() {
        return platform.sent().stream()
                .filter(n -> n.message().title() != null && n.message().title().contains("is at risk"))
                .toList();
    }

    @Test
    void anIdlePairIsFlaggedOnceTheModeratorsToldOnceAndTheFlagClearsWhenWorkResumes() {
        as("dave", "ask \"Where is the repository?\"");
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        as("dave", "ask \"Which branch?\"");
        assertThat(at("2026-11-28T09:59:00Z").flagged()).isZero();
        ClockRound.Report report = at("2026-11-28T10:00:00Z");
        assertThat(report.flagged()).isEqualTo(1);
        assertThat(report.notices()).isEqualTo(1);
        assertThat(notices())
                .extracting(Notification::to)
                .containsExactlyInAnyOrder(Destination.direct("carol"), Destination.direct("mod"));
        assertThat(notices()).allSatisfy(n -> {
            assertThat(n.fallback()).isEqualTo(Destination.channel("cohort"));
            assertThat(n.message().title()).isEqualTo("⚠️ Internship #1 is at risk");
            assertThat(n.message().text())
                    .contains("@alice with mentor @bob", "no activity for 5 days", "cohort health spring-2026");
            assertThat(n.message().fields())
                    .as("a count of nothing is no field")
                    .extracting(f -> f.value().plain())
                    .doesNotContain("0");
        });
        assertThat(at("2026-11-28T12:00:00Z").flagged()).isZero();
        assertThat(notices()).hasSize(2);

        String health = as("mod", "cohort health spring-2026").reply().text();
        assertThat(health).contains("2 active pairs, 1 at risk");
        assertThat(health.indexOf("#1 <@alice>")).isLessThan(health.indexOf("#2 <@dave>"));
        assertThat(health)
                .contains(
                        "⚠️ at risk since 2026-11-28 10:00 UTC: no activity for 5 days",
                        "last activity 2026-11-23 10:00 UTC");

        clock.set(Instant.parse("2026-11-28T13:00:00Z"));
        as("alice", "ask \"Can we talk about the checkout?\"");
        assertThat(at("2026-11-28T13:01:00Z").cleared()).isEqualTo(1);
        assertThat(as("mod", "cohort health spring-2026").reply().text())
                .contains("0 at risk")
                .contains("#1 <@alice> with <@bob> — ✅ on track · last activity 2026-11-28 13:00 UTC")
                .doesNotContain("missed in a row");

        platform.clear();
        assertThat(at("2026-12-03T13:00:00Z").flagged())
                .as("raised again after another idle spell")
                .isEqualTo(2);
        assertThat(notices()).hasSize(4);
    }

    @Test
    void theNoticeGoesOutWhenTheClockIsFinerThanTheStore() {
        // the system clock has microseconds; the store keeps milliseconds
        as("dave", "ask \"Where is the repository?\"");
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        as("dave", "ask \"Which branch?\"");
        ClockRound.Report report = at("2026-11-28T10:00:00.123456Z");
        assertThat(report.flagged()).isEqualTo(1);
        assertThat(report.notices()).isEqualTo(1);
        assertThat(notices()).hasSize(2);
    }

    @Test
    void missedCheckInsInARowAndConfidenceOneTwiceFlagAPair() {
        as("mod", "community rhythm stall:30");
        at("2026-11-30T10:00:00Z");
        as("dave", "checkin answer \"setup\" \"everything\" \"read docs\" 1");
        assertThat(at("2026-12-01T10:00:00Z").flagged()).isZero();
        at("2026-12-07T10:00:00Z");
        as("dave", "checkin answer \"little\" \"still everything\" \"ask for help\" 1");
        ClockRound.Report report = at("2026-12-08T10:00:00Z");
        assertThat(report.missed()).isEqualTo(1);
        assertThat(report.flagged()).isEqualTo(2);
        List<PairHealth> pairs = atelier.services().health().pairs(SHOP.id(), "spring-2026");
        assertThat(pairs).extracting(PairHealth::internship).containsExactly(1L, 2L);
        assertThat(pairs.get(0).reason()).isEqualTo("2 check-ins missed in a row");
        assertThat(pairs.get(0).missedInRow()).isEqualTo(2);
        assertThat(pairs.get(1).reason()).isEqualTo("confidence 1 in the last two check-ins");
        assertThat(notices())
                .filteredOn(n -> n.message().title().contains("#1 "))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.message().fields())
                        .as("the count in the reason is not repeated as a field")
                        .isEmpty());
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p.atRisk()).isTrue();
            assertThat(p.flaggedAt()).isEqualTo("2026-12-08T10:00:00Z");
            assertThat(p.mentorId()).isEqualTo("bob");
        });

        at("2026-12-14T10:00:00Z");
        as("alice", "checkin answer \"checkout\" \"nothing\" \"tests\" 4");
        as("dave", "checkin answer \"cart\" \"nothing\" \"tests\" 3");
        assertThat(at("2026-12-14T10:05:00Z").cleared()).isEqualTo(2);
        assertThat(atelier.services().health().pairs(SHOP.id(), "spring-2026")).noneMatch(PairHealth::atRisk);
    }

    @Test
    void cohortHealthIsForModeratorsOfTheCohortsOwnCommunity() {
        assertThat(as("alice", "cohort health spring-2026").reply().text()).contains("Only moderators");
        assertThat(in(OTHER, "mod", "cohort health spring-2026").reply().text())
                .contains("no cohort named `spring-2026`");
        assertThat(as("mod", "cohort health autumn").reply().text()).contains("no cohort named `autumn`");
        assertThat(atelier.services().health().pairs(OTHER.id(), "spring-2026")).isEmpty();
        assertThat(as("mod", "cohort health spring-2026").reply().text()).contains("2 active pairs, 0 at risk");
    }
}
