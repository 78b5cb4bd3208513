package dev.atelier.core.pairing;

import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.matching.AssignmentSolver;
import dev.atelier.core.matching.Matcher;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** A moderator previews the optimal pairs of a cohort; the plan is kept until it is confirmed or previewed again. */
public final class PreviewPairs {

    private final CohortRosters rosters;
    private final PairingInputs inputs;
    private final PlanStore plans;
    private final Matcher matcher;
    private final Clock clock;

    public PreviewPairs(
            CohortRosters rosters, PairingInputs.Stores stores, PlanStore plans, AssignmentSolver solver, Clock clock) {
        this.rosters = rosters;
        this.inputs = new PairingInputs(stores, clock);
        this.plans = plans;
        this.matcher = new Matcher(solver);
        this.clock = clock;
    }

    public Outcome execute(Requester r, String cohortName, boolean allowRepeats) {
        Roster roster = rosters.open(r.communityId(), cohortName);
        PairingPlan previous = plans.find(r.communityId(), roster.cohortName())
                .orElse(PairingPlan.empty(r.communityId(), roster.cohortName(), clock.instant()));
        PairingInputs.Loaded loaded = inputs.load(roster, allowRepeats, previous.declined());
        Proposal proposal = matcher.match(loaded.problem());
        PairingPlan plan = plans.save(previous.withPairs(proposal.pairs(), proposal.leftOut())
                .withAlreadyPaired(loaded.alreadyPaired(), clock.instant())
                .withAnswers(java.util.List.of(), java.util.List.of(), previous.declined()));
        Text lead = plan.pairs().isEmpty()
                ? Text.of(
                        plan.leftOut().isEmpty()
                                ? "Nobody can be paired yet: no intern or mentor waits in " + plan.cohortName() + "."
                                : "Nobody can be paired yet; the reasons are below.")
                : Text.builder()
                        .plain("Optimal pairs (most interns placed, then the highest total score "
                                + proposal.totalScore() + "). Change one with ")
                        .command(CommandHint.of("pair set")
                                .with("cohort", plan.cohortName())
                                .placeholder("intern")
                                .placeholder("mentor")
                                .placeholder("task"))
                        .plain(", then confirm to start the internships.")
                        .build();
        return Outcome.reply(PlanView.of(plan, lead));
    }
}
