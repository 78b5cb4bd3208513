package dev.atelier.core.pairing;

import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.matching.Candidate;
import dev.atelier.core.matching.MatchingProblem;
import dev.atelier.core.matching.OpenTask;
import dev.atelier.core.matching.PairScore;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.matching.Scoring;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A moderator pairs an intern with a mentor by hand in the cohort's plan, overriding the matching.
 * Both must be enrolled in those roles; what the matching would have refused (a full mentor, a
 * don't-pair list, a pause, an earlier pair) is allowed but said plainly.
 */
public final class SetPair {

    private final CohortRosters rosters;
    private final PairingInputs inputs;
    private final PlanStore plans;
    private final Clock clock;

    public SetPair(CohortRosters rosters, PairingInputs.Stores stores, PlanStore plans, Clock clock) {
        this.rosters = rosters;
        this.inputs = new PairingInputs(stores, clock);
        this.plans = plans;
        this.clock = clock;
    }

    public record Command(Requester requester, String cohortName, Member intern, Member mentor, Long taskNumber) {}

    public Outcome execute(Command c) {
        Roster roster = rosters.open(c.requester().communityId(), c.cohortName());
        require(roster, c.intern(), Role.INTERN);
        require(roster, c.mentor(), Role.MENTOR);
        MatchingProblem problem = inputs.load(roster, true).problem();
        Candidate intern = find(problem.interns(), c.intern(), "is already in an internship of " + roster.cohortName());
        Candidate mentor = find(problem.mentors(), c.mentor(), "is not a mentor here");
        PairingPlan plan = plans.find(roster.communityId(), roster.cohortName())
                .orElse(PairingPlan.empty(roster.communityId(), roster.cohortName(), clock.instant()));
        List<Proposal.Pair> pairs = new ArrayList<>(plan.pairs().stream()
                .filter(p -> !p.internId().equals(intern.id()))
                .toList());
        OpenTask task = null;
        if (c.taskNumber() != null) {
            task = problem.tasks().stream()
                    .filter(t -> t.number() == c.taskNumber())
                    .findFirst()
                    .orElseThrow(() -> new Rejected(Text.builder()
                            .plain("Task #" + c.taskNumber() + " is not an open task of " + roster.cohortName()
                                    + ". Add it with ")
                            .command(CommandHint.of("cohort task")
                                    .with("cohort", roster.cohortName())
                                    .with("task", c.taskNumber()))
                            .plain(".")
                            .build()));
            long number = task.number();
            pairs.stream().filter(p -> p.taskNumber() == number).findFirst().ifPresent(p -> {
                throw new Rejected(Text.builder()
                        .plain("Task #" + number + " is already planned for ")
                        .quiet(p.internId(), p.internName())
                        .plain(".")
                        .build());
            });
        }
        PairScore score = Scoring.pair(intern, mentor);
        if (task != null) {
            score = score.plus(Scoring.task(intern, mentor, task));
        }
        List<String> warnings = warnings(problem, intern, mentor, pairs);
        pairs.add(Proposal.Pair.of(intern, mentor, task, score.points(), "set by hand; " + score.explanation()));
        List<Proposal.LeftOut> leftOut = plan.leftOut().stream()
                .filter(l -> !l.memberId().equals(intern.id()) && !l.memberId().equals(mentor.id()))
                .toList();
        PairingPlan saved = plans.save(plan.withPairs(pairs, leftOut));
        Text lead = Text.builder()
                .plain("✅ ")
                .quiet(intern.id(), intern.name())
                .plain(" is planned with ")
                .quiet(mentor.id(), mentor.name())
                .plain(".")
                .plain(warnings.isEmpty() ? "" : " ⚠️ Note: " + String.join("; ", warnings) + ".")
                .build();
        return Outcome.reply(PlanView.of(saved, lead));
    }

    private static List<String> warnings(
            MatchingProblem problem, Candidate intern, Candidate mentor, List<Proposal.Pair> others) {
        List<String> warnings = new ArrayList<>();
        long planned =
                others.stream().filter(p -> p.mentorId().equals(mentor.id())).count();
        if (planned + 1 > mentor.places()) {
            warnings.add(mentor.name() + " has " + Math.max(0, mentor.places()) + " free places and would have "
                    + (planned + 1));
        }
        if (intern.avoid().contains(mentor.id()) || mentor.avoid().contains(intern.id())) {
            warnings.add("one of them asked not to be paired with the other");
        }
        if (intern.pausedOn(problem.today()) || mentor.pausedOn(problem.today())) {
            warnings.add("one of them is paused");
        }
        if (problem.earlierPairs().contains(MatchingProblem.pairKey(intern.id(), mentor.id()))) {
            warnings.add("they were paired before");
        }
        return warnings;
    }

    private static void require(Roster roster, Member member, Role role) {
        Roster.Enrollee e = roster.find(member.id())
                .filter(Roster.Enrollee::approved)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .quiet(member)
                        .plain(" is not in " + roster.cohortName() + ". Add them with ")
                        .command(CommandHint.of("cohort add")
                                .with("cohort", roster.cohortName())
                                .with("member", "@" + member.name())
                                .with("role", role.label()))
                        .plain(".")
                        .build()));
        if (e.role() != role) {
            throw new Rejected(Text.builder()
                    .quiet(member)
                    .plain(" is in " + roster.cohortName() + " as " + e.role().label() + ", not " + role.label() + ".")
                    .build());
        }
    }

    private static Candidate find(List<Candidate> candidates, Member member, String otherwise) {
        return candidates.stream()
                .filter(x -> x.id().equals(member.id()))
                .findFirst()
                .orElseThrow(() -> new Rejected(Text.builder()
                        .quiet(member)
                        .plain(" " + otherwise + ".")
                        .build()));
    }
}
