package dev.atelier.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.solver.FlowAssignmentSolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** At equal scores the intern goes to the mentor with more free places; a better score still wins. */
class SpreadLoadTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Matcher matcher = new Matcher(new FlowAssignmentSolver());

    static Candidate intern(String id, Set<String> learning) {
        return new Candidate(id, id, Map.of(), learning, Set.of(), Availability.UNKNOWN, Set.of(), 0, null, Set.of());
    }

    static Candidate mentor(String id, Set<String> expertise, int places) {
        return new Candidate(
                id, id, Map.of(), Set.of(), Set.of(), Availability.UNKNOWN, expertise, places, null, Set.of());
    }

    String mentorOf(List<Candidate> mentors, Candidate intern) {
        return matcher.match(new MatchingProblem(List.of(intern), mentors, List.of(), Set.of(), false, TODAY, 0))
                .pairs()
                .get(0)
                .mentorId();
    }

    @Test
    void equalScoresGoToTheMentorWithMoreRoomInEitherOrder() {
        Candidate ann = intern("ann", Set.of("java"));
        Candidate busy = mentor("busy", Set.of("java"), 1);
        Candidate free = mentor("free", Set.of("java"), 3);
        assertThat(mentorOf(List.of(busy, free), ann)).isEqualTo("free");
        assertThat(mentorOf(List.of(free, busy), ann)).isEqualTo("free");
        assertThat(mentorOf(
                        List.of(mentor("expert", Set.of("java", "go"), 1), mentor("other", Set.of("sql"), 5)),
                        intern("ben", Set.of("java", "go"))))
                .as("the score comes first")
                .isEqualTo("expert");
    }
}
