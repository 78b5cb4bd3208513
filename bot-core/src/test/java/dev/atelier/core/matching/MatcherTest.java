package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatcherTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Matcher matcher = new Matcher(new FlowAssignmentSolver());

    static Candidate intern(String id, Set<String> learning, Availability hours, Set<String> career) {
        return new Candidate(id, id, Map.of(), learning, career, hours, Set.of(), 0, null, Set.of());
    }

    static Candidate mentor(String id, Set<String> expertise, int places) {
        return new Candidate(
                id, id, Map.of(), Set.of(), Set.of(), Availability.UNKNOWN, expertise, places, null, Set.of());
    }

    Proposal match(List<Candidate> interns, List<Candidate> mentors, Set<String> earlier, boolean repeats) {
        return matcher.match(new MatchingProblem(interns, mentors, List.of(), earlier, repeats, TODAY, 0));
    }

    static Set<String> two(Random random, String[] skills) {
        return new HashSet<>(List.of(skills[random.nextInt(skills.length)], skills[random.nextInt(skills.length)]));
    }

    @Test
    void scoringCountsSharedGoalsOverlappingHoursAndCareerSimilarity() {
        Candidate alice = new Candidate(
                "a",
                "a",
                Map.of(),
                Set.of("rails", "sql", "testing", "go"),
                Set.of("backend", "startup"),
                Availability.of(9, 17, 0),
                Set.of(),
                0,
                null,
                Set.of());
        Candidate bob = new Candidate(
                "b",
                "b",
                Map.of(),
                Set.of(),
                Set.of("backend", "lead"),
                Availability.of(9, 17, 180),
                Set.of("rails", "sql", "testing"),
                1,
                null,
                Set.of());
        PairScore score = Scoring.pair(alice, bob);
        assertThat(score.explanation())
                .isEqualTo("Rails, sql and testing in common; 5 h overlap; career goals alike (backend)");
        assertThat(score.points()).isEqualTo(3 * 10 + 5 * 2 + Math.round(20f / 3));
        assertThat(Scoring.pair(alice, mentor("c", Set.of("java"), 1)).points()).isZero();
    }

    @Test
    void overlapWorksAcrossMidnightAndTimeZones() {
        Availability tokyo = Availability.of(9, 17, 9 * 60); // 00–08 UTC
        Availability lateParis = Availability.of(22, 2, 60); // 21–01 UTC
        assertThat(tokyo.overlap(lateParis)).isEqualTo(1);
        // whole hours: 9–17 at UTC+5:30 is counted as UTC hours 3–10, so 2 of the 2.5 shared hours
        assertThat(Availability.of(9, 17, 0).overlap(Availability.of(9, 17, 330)))
                .isEqualTo(2);
    }

    @Test
    void taskScoreRewardsMentorExpertiseInternGoalsAndAFittingLevel() {
        Candidate alice =
                new Candidate("a", "a", Map.of("sql", 1), Set.of("sql"), Set.of(), null, Set.of(), 0, null, Set.of());
        Candidate bob = mentor("b", Set.of("sql", "testing"), 1);
        PairScore score = Scoring.task(alice, bob, new OpenTask(3, "Reports", List.of("sql", "testing"), 2));
        assertThat(score.points()).isEqualTo(6 * 2 + 6 + 5);
        assertThat(score.explanation())
                .contains("task #3 needs sql and testing, which the mentor knows")
                .contains("wants to learn sql")
                .contains("level 2 fits");
    }

    @Test
    void capacityIsRespectedAndExplained() {
        Proposal p = match(
                List.of(
                        intern("i1", Set.of("go"), null, Set.of()),
                        intern("i2", Set.of("go"), null, Set.of()),
                        intern("i3", Set.of("go"), null, Set.of())),
                List.of(mentor("m", Set.of("go"), 2)),
                Set.of(),
                false);
        assertThat(p.pairs()).hasSize(2);
        assertThat(p.leftOut())
                .singleElement()
                .satisfies(l -> assertThat(l.reason()).isEqualTo("all suitable mentors are full (m)"));
    }

    @Test
    void dontPairListsWorkBothWays() {
        Candidate avoider = new Candidate("i", "i", Map.of(), Set.of(), Set.of(), null, Set.of(), 0, null, Set.of("m"));
        Candidate avoided =
                new Candidate("m2", "m2", Map.of(), Set.of(), Set.of(), null, Set.of("go"), 1, null, Set.of("j"));
        Proposal p = match(
                List.of(avoider, intern("j", Set.of(), null, Set.of())),
                List.of(mentor("m", Set.of(), 1), avoided),
                Set.of(),
                false);
        assertThat(p.pairs())
                .extracting(Proposal.Pair::internId, Proposal.Pair::mentorId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("i", "m2"), org.assertj.core.groups.Tuple.tuple("j", "m"));
    }

    @Test
    void pausedMembersAreLeftOutWithTheDateAndAPauseEndingYesterdayIsOver() {
        Candidate paused = new Candidate("i", "i", Map.of(), Set.of(), Set.of(), null, Set.of(), 0, TODAY, Set.of());
        Candidate back =
                new Candidate("j", "j", Map.of(), Set.of(), Set.of(), null, Set.of(), 0, TODAY.minusDays(1), Set.of());
        Proposal p = match(List.of(paused, back), List.of(mentor("m", Set.of(), 2)), Set.of(), false);
        assertThat(p.pairs()).extracting(Proposal.Pair::internId).containsExactly("j");
        assertThat(p.leftOut()).extracting(Proposal.LeftOut::reason).containsExactly("paused until " + TODAY);
    }

    @Test
    void earlierPairsAreNotRepeatedUnlessAllowed() {
        List<Candidate> interns = List.of(intern("i", Set.of(), null, Set.of()));
        List<Candidate> mentors = List.of(mentor("m", Set.of(), 1));
        Set<String> earlier = Set.of(MatchingProblem.pairKey("i", "m"));
        assertThat(match(interns, mentors, earlier, false).leftOut())
                .extracting(Proposal.LeftOut::reason)
                .contains("already paired before with the mentors left (allow repeats to pair them again)");
        assertThat(match(interns, mentors, earlier, true).pairs()).hasSize(1);
    }

    @Test
    void oneMentorPerInternAndNobodyDroppedSilentlyOnRandomCohorts() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            List<Candidate> interns = new ArrayList<>();
            List<Candidate> mentors = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                interns.add(intern("i" + i, Set.of(random.nextBoolean() ? "go" : "sql"), null, Set.of()));
            }
            for (int m = 0; m < random.nextInt(4); m++) {
                mentors.add(
                        mentor("m" + m, random.nextBoolean() ? Set.of("go") : Set.of("sql", "go"), random.nextInt(3)));
            }
            Proposal p = match(interns, mentors, Set.of(), false);
            Set<String> seen = new HashSet<>();
            p.pairs().forEach(x -> assertThat(seen.add(x.internId())).isTrue());
            p.leftOut().stream().filter(l -> l.role().equals("intern")).forEach(l -> {
                assertThat(seen.add(l.memberId())).isTrue();
                assertThat(l.reason()).isNotBlank();
            });
            assertThat(seen).hasSize(interns.size());
        }
    }

    @Test
    void theWholeMatcherIsOptimalAgainstBruteForceOnSmallCohorts() {
        Random random = new Random(11);
        String[] skills = {"go", "sql", "rails", "java"};
        for (int round = 0; round < 60; round++) {
            List<Candidate> interns = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                interns.add(intern(
                        "i" + i,
                        two(random, skills),
                        Availability.of(random.nextInt(24), random.nextInt(24), 0),
                        Set.of("backend")));
            }
            List<Candidate> mentors = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                mentors.add(new Candidate(
                        "m" + m,
                        "m" + m,
                        Map.of(),
                        Set.of(),
                        Set.of(random.nextBoolean() ? "backend" : "data"),
                        Availability.of(random.nextInt(24), random.nextInt(24), 0),
                        two(random, skills),
                        random.nextInt(3),
                        null,
                        Set.of()));
            }
            for (Candidate i : interns) {
                for (Candidate m : mentors) {
                    assertThat(Scoring.points(i, m))
                            .isEqualTo(Scoring.pair(i, m).points());
                }
            }
            MatchingProblem problem = new MatchingProblem(interns, mentors, List.of(), Set.of(), false, TODAY, 0);
            Proposal optimal = matcher.match(problem);
            Proposal exact = new Matcher(new BruteForceSolver()).match(problem);
            assertThat(optimal.pairs()).hasSameSizeAs(exact.pairs());
            assertThat(optimal.totalScore()).as("round %d", round).isEqualTo(exact.totalScore());
            Proposal greedy = new Matcher(new GreedySolver()).match(problem);
            assertThat(optimal.pairs().size() * 10_000 + optimal.totalScore())
                    .isGreaterThanOrEqualTo(greedy.pairs().size() * 10_000 + greedy.totalScore());
        }
    }
}
