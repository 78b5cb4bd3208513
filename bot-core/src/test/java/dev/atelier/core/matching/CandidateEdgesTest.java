package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast edge builder gives exactly the edges of the plain rules: {@code allowed}, {@code Scoring.points}, sorted. */
class CandidateEdgesTest {

    static final String[] SKILLS = {"go", "sql", "java", "rails", "css", "ml", "backend"};
    static final String[] CAREER = {"backend", "data", "startup", "research"};

    @Test
    void sameEdgesInTheSameOrderAsThePlainRulesOnRandomCohorts() {
        Random random = new Random(21);
        for (int round = 0; round < 200; round++) {
            List<Candidate> interns = new ArrayList<>();
            List<Candidate> mentors = new ArrayList<>();
            int people = 1 + random.nextInt(30);
            for (int i = 0; i < people; i++) {
                interns.add(candidate(random, "p" + random.nextInt(40), 0));
            }
            for (int m = 0; m < 1 + random.nextInt(20); m++) {
                mentors.add(candidate(random, "p" + random.nextInt(40), 1 + random.nextInt(3)));
            }
            Set<String> earlier = new HashSet<>();
            for (int e = 0; e < random.nextInt(10); e++) {
                earlier.add(MatchingProblem.pairKey("p" + random.nextInt(40), "p" + random.nextInt(40)));
            }
            boolean repeats = random.nextInt(4) == 0;
            int topK = random.nextBoolean() ? 0 : 1 + random.nextInt(4);
            MatchingProblem problem = new MatchingProblem(
                    interns, mentors, List.of(), earlier, repeats, LocalDate.of(2026, 11, 30), topK);
            LeftOutReasons why = new LeftOutReasons(problem);

            List<AssignmentSolver.Edge> fast =
                    new CandidateEdges(interns, mentors).build(why.earlierMentors(), repeats, topK);

            assertThat(fast).as("round %d", round).containsExactlyElementsOf(plain(why, interns, mentors, topK));
        }
    }

    /** The rules as written: every allowed pair scored one by one, each intern's edges sorted by weight (stable). */
    private static List<AssignmentSolver.Edge> plain(
            LeftOutReasons why, List<Candidate> interns, List<Candidate> mentors, int topK) {
        List<AssignmentSolver.Edge> edges = new ArrayList<>();
        for (int i = 0; i < interns.size(); i++) {
            List<AssignmentSolver.Edge> own = new ArrayList<>();
            for (int m = 0; m < mentors.size(); m++) {
                if (why.allowed(interns.get(i), mentors.get(m))) {
                    own.add(new AssignmentSolver.Edge(i, m, Scoring.points(interns.get(i), mentors.get(m)) + 1));
                }
            }
            own.sort(Comparator.comparingInt(AssignmentSolver.Edge::weight).reversed());
            edges.addAll(topK > 0 && own.size() > topK ? own.subList(0, topK) : own);
        }
        return edges;
    }

    private static Candidate candidate(Random random, String id, int places) {
        Set<String> learning =
                places > 0 || random.nextInt(5) == 0 ? Set.of() : some(random, SKILLS, 1 + random.nextInt(3));
        Set<String> expertise = places > 0 ? some(random, SKILLS, random.nextInt(5)) : Set.of();
        Set<String> avoid = random.nextInt(4) == 0 ? Set.of("p" + random.nextInt(40)) : Set.of();
        Availability hours = random.nextInt(4) == 0
                ? null
                : Availability.of(random.nextInt(24), random.nextInt(24), (random.nextInt(24) - 11) * 60);
        return new Candidate(
                id,
                id,
                Map.of(),
                learning,
                some(random, CAREER, random.nextInt(3)),
                hours,
                expertise,
                places,
                null,
                avoid);
    }

    private static Set<String> some(Random random, String[] from, int n) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < n; k++) {
            out.add(from[random.nextInt(from.length)]);
        }
        return out;
    }
}
