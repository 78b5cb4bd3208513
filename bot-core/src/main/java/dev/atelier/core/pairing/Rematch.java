package dev.atelier.core.pairing;

import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.matching.AssignmentSolver;
import dev.atelier.core.matching.Candidate;
import dev.atelier.core.matching.Matcher;
import dev.atelier.core.matching.MatchingProblem;
import dev.atelier.core.matching.OpenTask;
import dev.atelier.core.matching.Proposal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches the members a plan leaves free, around the pairs still planned: planned interns are
 * taken out, planned mentors have fewer places, planned tasks are taken, and declined pairs are
 * never proposed again (nor earlier pairs).
 */
final class Rematch {

    private final PairingInputs inputs;
    private final Matcher matcher;

    Rematch(PairingInputs inputs, AssignmentSolver solver) {
        this.inputs = inputs;
        this.matcher = new Matcher(solver);
    }

    record Result(List<Proposal.Pair> added, List<Proposal.LeftOut> leftOut) {}

    Result run(Roster roster, PairingPlan plan) {
        MatchingProblem full = inputs.load(roster, false, plan.declined()).problem();
        Set<String> plannedInterns = new HashSet<>();
        Set<Long> plannedTasks = new HashSet<>();
        plan.pairs().forEach(p -> {
            plannedInterns.add(p.internId());
            plannedTasks.add(p.taskNumber());
        });
        List<Candidate> interns = full.interns().stream()
                .filter(i -> !plannedInterns.contains(i.id()))
                .toList();
        List<Candidate> mentors = full.mentors().stream()
                .map(m -> {
                    long planned = plan.pairs().stream()
                            .filter(p -> p.mentorId().equals(m.id()))
                            .count();
                    return new Candidate(
                            m.id(),
                            m.name(),
                            m.skills(),
                            m.learning(),
                            m.careerWords(),
                            m.availability(),
                            m.expertise(),
                            m.places() - (int) planned,
                            m.pausedUntil(),
                            m.avoid());
                })
                .toList();
        List<OpenTask> tasks = full.tasks().stream()
                .filter(t -> !plannedTasks.contains(t.number()))
                .toList();
        Proposal proposal = matcher.match(new MatchingProblem(
                interns,
                mentors,
                tasks,
                full.earlierPairs(),
                false,
                full.today(),
                full.topK(),
                full.time(),
                full.gate()));
        List<Proposal.LeftOut> leftOut = proposal.leftOut().stream()
                .filter(l -> !(l.role().equals("mentor")
                        && plan.pairs().stream().anyMatch(p -> p.mentorId().equals(l.memberId()))))
                .toList();
        return new Result(proposal.pairs(), leftOut);
    }
}
