package dev.atelier.core.pairing;

import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.matching.AssignmentSolver;
import dev.atelier.core.matching.MatchingProblem;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An intern or mentor answers a proposed pairing. When both accept, the internship starts. A
 * decline drops the pair for good and re-matches the cohort's free members around the pairs still
 * planned, asking the new pairs in turn.
 */
public final class AnswerPair {

    private final CohortRosters rosters;
    private final PlanStore plans;
    private final StartInternship start;
    private final Rematch rematch;

    public AnswerPair(
            CohortRosters rosters,
            PairingInputs.Stores stores,
            PlanStore plans,
            StartInternship start,
            AssignmentSolver solver,
            Clock clock) {
        this.rosters = rosters;
        this.plans = plans;
        this.start = start;
        this.rematch = new Rematch(new PairingInputs(stores, clock), solver);
    }

    public Outcome accept(Requester r, String cohortName) {
        PairingPlan plan = plan(r, cohortName);
        Proposal.Pair pair = waiting(plan, r.memberId());
        String key = MatchingProblem.pairKey(pair.internId(), pair.mentorId());
        List<String> accepted = PairingPlan.plus(plan.accepted(), key + "/" + r.memberId());
        String other = r.memberId().equals(pair.internId()) ? pair.mentorId() : pair.internId();
        Text otherName = other.equals(pair.internId())
                ? Text.builder().quiet(other, pair.internName()).build()
                : Text.builder().quiet(other, pair.mentorName()).build();
        if (!accepted.contains(key + "/" + other)) {
            plans.save(plan.withAnswers(plan.asked(), accepted, plan.declined()));
            return Outcome.reply(
                    Message.privateReply(Text.builder()
                            .plain("✅ Accepted. The internship starts as soon as ")
                            .text(otherName)
                            .plain(" accepts too.")
                            .build()),
                    List.of(Invitations.answered(
                            plan.cohortName(),
                            pair,
                            r.memberId(),
                            Text.builder()
                                    .plain("✅ You accepted; waiting for ")
                                    .text(otherName)
                                    .plain(" to answer.")
                                    .build())));
        }
        if (pair.taskNumber() == 0) {
            plans.save(plan.withAnswers(plan.asked(), accepted, plan.declined()));
            return Outcome.reply(
                    Message.privateReply(Text.of("✅ You both accepted. A moderator gives you a task next.")),
                    bothAnswered(
                            plan.cohortName(),
                            pair,
                            Text.of("✅ You both accepted; a moderator gives you a task next.")));
        }
        List<Proposal.Pair> rest =
                plan.pairs().stream().filter(p -> !p.equals(pair)).toList();
        PairingPlan claimed =
                plans.save(plan.withPairs(rest, plan.leftOut()).withAnswers(plan.asked(), accepted, plan.declined()));
        Outcome started;
        try {
            started = start.execute(new StartInternship.Command(
                    r,
                    new Member(pair.internId(), pair.internName()),
                    new Member(pair.mentorId(), pair.mentorName()),
                    pair.taskNumber(),
                    plan.cohortName()));
        } catch (Rejected e) {
            List<Proposal.Pair> back = new ArrayList<>(claimed.pairs());
            back.add(pair);
            plans.save(claimed.withPairs(back, claimed.leftOut()));
            throw new Rejected(Text.builder()
                    .plain("You both accepted, but the internship cannot start: ")
                    .text(e.text())
                    .plain(" A moderator can fix it and run ")
                    .command(CommandHint.of("pair confirm").with("cohort", plan.cohortName()))
                    .plain(".")
                    .build());
        }
        List<Notification> notes = new ArrayList<>(
                bothAnswered(plan.cohortName(), pair, Text.of("✅ You both accepted; the internship has started.")));
        notes.addAll(started.notifications());
        return Outcome.reply(
                Message.privateReply(Text.builder()
                                .plain("✅ You both accepted; the internship has started.")
                                .build())
                        .withButtons(started.reply().buttons()),
                notes);
    }

    public Outcome decline(Requester r, String cohortName) {
        PairingPlan plan = plan(r, cohortName);
        Proposal.Pair pair = waiting(plan, r.memberId());
        String key = MatchingProblem.pairKey(pair.internId(), pair.mentorId());
        List<String> declined = PairingPlan.plus(plan.declined(), key);
        List<Proposal.Pair> rest =
                plan.pairs().stream().filter(p -> !p.equals(pair)).toList();
        PairingPlan without = plan.withPairs(rest, plan.leftOut()).withAnswers(plan.asked(), plan.accepted(), declined);
        Rematch.Result result = rematch.run(rosters.roster(r.communityId(), plan.cohortName()), without);
        List<String> asked = new ArrayList<>(without.asked());
        result.added().forEach(p -> asked.add(p.internId()));
        List<Proposal.Pair> pairs = new ArrayList<>(rest);
        pairs.addAll(result.added());
        plans.save(without.withPairs(pairs, result.leftOut()).withAnswers(asked, plan.accepted(), declined));
        String other = r.memberId().equals(pair.internId()) ? pair.mentorId() : pair.internId();
        List<Notification> notes = new ArrayList<>();
        Text decliner = Text.builder().quiet(r.member()).build();
        notes.add(Invitations.answered(plan.cohortName(), pair, r.memberId(), Text.of("↩️ You declined.")));
        notes.add(Invitations.answered(
                plan.cohortName(),
                pair,
                other,
                Text.builder()
                        .plain("↩️ ")
                        .text(decliner)
                        .plain(" declined this pairing.")
                        .build()));
        notes.addAll(AskPairs.invitations(plan.cohortName(), result.added()));
        boolean rematched = result.added().stream()
                .anyMatch(p -> p.internId().equals(other) || p.mentorId().equals(other));
        notes.add(Notification.to(
                Destination.direct(other),
                Message.publicReply(Text.builder()
                        .plain("↩️ The pairing with ")
                        .text(decliner)
                        .plain(" in " + plan.cohortName() + " was declined. ")
                        .plain(
                                rematched
                                        ? "You have a new proposal."
                                        : "No other match is possible right now; a moderator will follow up.")
                        .build())));
        return Outcome.reply(
                Message.privateReply(
                        Text.of("👌 Declined; you will not be proposed together again in " + plan.cohortName()
                                + ". New pairs proposed: " + result.added().size() + ".")),
                notes);
    }

    private static List<Notification> bothAnswered(String cohort, Proposal.Pair pair, Text state) {
        return List.of(
                Invitations.answered(cohort, pair, pair.internId(), state),
                Invitations.answered(cohort, pair, pair.mentorId(), state));
    }

    private PairingPlan plan(Requester r, String cohortName) {
        String cohort = rosters.cohort(r.communityId(), cohortName).name();
        return plans.find(r.communityId(), cohort)
                .orElseThrow(() -> new Rejected("Nothing in " + cohort + " waits for your answer."));
    }

    private static Proposal.Pair waiting(PairingPlan plan, String memberId) {
        return plan.pairs().stream()
                .filter(p -> plan.asked().contains(p.internId()))
                .filter(p -> p.internId().equals(memberId) || p.mentorId().equals(memberId))
                .filter(p ->
                        !plan.accepted().contains(MatchingProblem.pairKey(p.internId(), p.mentorId()) + "/" + memberId))
                .findFirst()
                .orElseThrow(() -> new Rejected("Nothing in " + plan.cohortName() + " waits for your answer."));
    }
}
