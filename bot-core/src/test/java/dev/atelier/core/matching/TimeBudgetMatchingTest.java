package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Matching gives a task only to an intern whose weekly hours reach its hours before the cohort ends. */
class TimeBudgetMatchingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Matcher matcher = new Matcher(new FlowAssignmentSolver());

    static Candidate intern(String id) {
        return new Candidate(
                id, id, Map.of(), Set.of("java"), Set.of(), Availability.UNKNOWN, Set.of(), 0, null, Set.of());
    }

    static Candidate mentor(String id) {
        return new Candidate(
                id, id, Map.of(), Set.of(), Set.of(), Availability.UNKNOWN, Set.of("java"), 2, null, Set.of());
    }

    @Test
    void theBigTaskGoesToTheInternWithTheHoursForIt() {
        // three weeks left (21 days): ann has 3 × 4 = 12 h, ben 3 × 15 = 45 h
        TimeBudget time = new TimeBudget(Map.of("ann", 4, "ben", 15), TODAY.minusDays(7), TODAY.plusDays(20));
        List<OpenTask> tasks =
                List.of(new OpenTask(1, "Big", List.of("java"), 0, 40), new OpenTask(2, "Small", List.of(), 0, 10));
        Proposal p = matcher.match(new MatchingProblem(
                List.of(intern("ann"), intern("ben")), List.of(mentor("m")), tasks, Set.of(), false, TODAY, 0, time));
        assertThat(p.pairs())
                .extracting(Proposal.Pair::internId, Proposal.Pair::taskNumber)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ann", 2L), org.assertj.core.groups.Tuple.tuple("ben", 1L));
        assertThat(p.pairs())
                .filteredOn(x -> x.internId().equals("ben"))
                .singleElement()
                .satisfies(x -> assertThat(x.reasons())
                        .contains("task #1's 40 h fit in the 45 h the intern has "
                                + "before the cohort ends on 2026-12-13 (15 h a week)"));
    }

    @Test
    void anInternWithoutTheHoursForAnyTaskIsPairedWithoutOneAndToldWhy() {
        TimeBudget time = new TimeBudget(Map.of("ann", 2), null, TODAY.plusDays(6));
        Proposal p = matcher.match(new MatchingProblem(
                List.of(intern("ann")),
                List.of(mentor("m")),
                List.of(new OpenTask(1, "Big", List.of("java"), 0, 40)),
                Set.of(),
                false,
                TODAY,
                0,
                time));
        assertThat(p.pairs()).singleElement().satisfies(x -> {
            assertThat(x.taskNumber()).isZero();
            assertThat(x.reasons()).contains("no open task fits the intern's hours before the cohort ends");
        });
        assertThat(TimeBudget.NONE.fits("ann", new OpenTask(1, "Big", List.of(), 0, 400), TODAY))
                .isTrue();
    }
}
