package dev.atelier.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.app.dashboard.PairRisks.PairRisk;
import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.internship.Verdict;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server-drawn charts count what they claim, and the cohort filter refuses what it does not know. */
class ChartsTest {

    static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

    static PairFacts pair(List<Milestone> milestones) {
        Internship i = new Internship(
                new InternshipData(
                        "c", 1, new Member("a", "Ann"), new Member("b", "Ben"), 1, "Task", "cohort", START, 1L),
                InternshipStatus.ACTIVE,
                null,
                milestones,
                List.of());
        return new PairFacts(i, List.of(), Optional.empty(), 0, new PairRisk(1, false, "", START, 0));
    }

    static Milestone approved(long n, LocalDate due, Instant submitted, Instant approvedAt) {
        return new Milestone(
                n,
                "M" + n,
                null,
                due,
                MilestoneStatus.APPROVED,
                List.of(new Submission(URI.create("https://example.org"), null, "a", submitted)),
                List.of(new Review(Verdict.APPROVE, null, "b", approvedAt)));
    }

    static Milestone planned(long n, LocalDate due) {
        return new Milestone(n, "M" + n, null, due, MilestoneStatus.PLANNED, List.of(), List.of());
    }

    @Test
    void activityIsCountedByMondayWeeksWithEmptyWeeksInBetween() {
        PairFacts p = pair(List.of(
                approved(1, null, Instant.parse("2026-11-04T09:00:00Z"), Instant.parse("2026-11-17T09:00:00Z"))));
        Chart chart = new ActivityChart()
                .add(p, Map.of(LocalDate.parse("2026-11-09"), 7L))
                .render("a");

        assertThat(chart.rows())
                .containsExactly(
                        List.of("2026-11-02", "0", "0", "1", "0"),
                        List.of("2026-11-09", "0", "7", "0", "0"),
                        List.of("2026-11-16", "0", "0", "0", "1"));
        assertThat(chart.svg())
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"a-t a-d\"")
                .contains("Messages, week of 2026-11-09: 7");
    }

    @Test
    void replyTimesFallInTheirBuckets() {
        Chart chart = new ReplyTimeChart()
                .add(List.of(Duration.ofMinutes(59), Duration.ofMinutes(60), Duration.ofHours(30), Duration.ofDays(5)))
                .render("r");
        assertThat(chart.rows())
                .containsExactly(
                        List.of("< 1 h", "1"),
                        List.of("1–4 h", "1"),
                        List.of("4–12 h", "0"),
                        List.of("12–24 h", "0"),
                        List.of("1–3 days", "1"),
                        List.of("> 3 days", "1"));
        assertThat(chart.summary()).isEqualTo("4 questions got a first reply; 2 of them within 4 hours.");
        assertThat(new ReplyTimeChart().render("e").hasData()).isFalse();
    }

    @Test
    void burndownComparesMilestonesLeftWithThoseNotYetDue() {
        PairFacts p = pair(List.of(
                approved(
                        1,
                        LocalDate.parse("2026-11-05"),
                        Instant.parse("2026-11-03T09:00:00Z"),
                        Instant.parse("2026-11-04T09:00:00Z")),
                planned(2, LocalDate.parse("2026-11-06"))));
        Chart chart = new BurndownChart(ZoneId.of("UTC")).add(p).render("b", LocalDate.parse("2026-11-08"));

        assertThat(chart.rows())
                .contains(
                        List.of("2026-11-03", "2", "2"),
                        List.of("2026-11-04", "2", "1"),
                        List.of("2026-11-05", "1", "1"),
                        List.of("2026-11-06", "0", "1"));
        assertThat(chart.summary())
                .isEqualTo("2 milestones planned, 1 not approved yet, 1 of them past their due date.");
        assertThat(new BurndownChart(ZoneId.of("UTC"))
                        .add(pair(List.of()))
                        .render("e", LocalDate.parse("2026-11-08"))
                        .hasData())
                .isFalse();
    }

    @Test
    void svgTextIsEscaped() {
        assertThat(new Svg("x", "<script>", "a & b").end())
                .contains("&lt;script&gt;")
                .contains("a &amp; b")
                .doesNotContain("<script>");
    }

    @Test
    void theCohortFilterTakesOnlyKnownValuesAndKeepsThemInSortLinks() {
        assertThatThrownBy(() -> CohortFilter.parse("password", null, null, null, null))
                .isInstanceOf(DashboardProblem.class)
                .hasMessageContaining("cannot be sorted by");
        assertThatThrownBy(() -> CohortFilter.parse(null, "up", null, null, null))
                .isInstanceOf(DashboardProblem.class);
        CohortFilter f = CohortFilter.parse("progress", "asc", "active", "yes", "a b&c");
        assertThat(f.sortedBy("/dashboard/cohorts/x", "progress"))
                .isEqualTo("/dashboard/cohorts/x?sort=progress&dir=desc&status=active&risk=yes&q=a%20b%26c");
        assertThat(f.ariaSort("progress")).isEqualTo("ascending");
        assertThat(f.ariaSort("intern")).isEqualTo("none");
    }

    @Test
    void mentionsBecomeNames() {
        assertThat(Mentions.readable("started: <@a> with mentor <@b>, seen by <@z>", Map.of("a", "Ann", "b", "Ben")))
                .isEqualTo("started: @Ann with mentor @Ben, seen by @z");
    }
}
