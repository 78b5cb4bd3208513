package dev.atelier.core.assembly;

import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.enrolment.AddCohortTask;
import dev.atelier.core.enrolment.ApproveEnrolment;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.enrolment.JoinCohort;
import dev.atelier.core.enrolment.LeaveCohort;
import dev.atelier.core.enrolment.ListCohortMembers;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.pairing.AnswerPair;
import dev.atelier.core.pairing.AskPairs;
import dev.atelier.core.pairing.ConfirmPairs;
import dev.atelier.core.pairing.PairingInputs;
import dev.atelier.core.pairing.PreviewPairs;
import dev.atelier.core.pairing.SetPair;
import dev.atelier.core.portfolio.Portfolio;
import dev.atelier.core.profile.ChangeDontPairList;
import dev.atelier.core.profile.EditProfile;
import dev.atelier.core.profile.PausePairing;
import dev.atelier.core.profile.ShowProfile;
import dev.atelier.core.profile.ZoneChanged;
import dev.atelier.core.solver.FlowAssignmentSolver;
import dev.atelier.core.solver.OrToolsAssignmentSolver;
import dev.atelier.core.store.MongoStores;
import java.time.Clock;

/** Wires profiles, enrolment and pairing (with the OR-Tools solver, JGraphT as its fallback) and registers their commands. */
final class MatchingAssembly {

    private MatchingAssembly() {}

    static void register(
            CommandCatalog catalog,
            MongoStores s,
            StartInternship start,
            Portfolio portfolio,
            ZoneChanged zoneChanged,
            Clock clock) {
        ProfileCommands.register(
                catalog,
                new ProfileCommands.UseCases(
                        new ShowProfile(s.profiles(), portfolio),
                        new EditProfile(s.profiles(), zoneChanged),
                        new ChangeDontPairList(s.profiles()),
                        new PausePairing(s.profiles(), clock)));
        CohortRosters rosters = new CohortRosters(s.cohorts(), s.rosters());
        PairingInputs.Stores stores =
                new PairingInputs.Stores(s.profiles(), s.internships(), s.tasks(), s.cohorts(), s.rosters());
        OrToolsAssignmentSolver solver = new OrToolsAssignmentSolver(new FlowAssignmentSolver());
        PairingCommands.register(
                catalog,
                new PairingCommands.UseCases(
                        new JoinCohort(rosters, clock),
                        new LeaveCohort(rosters),
                        new ListCohortMembers(rosters),
                        new ApproveEnrolment(rosters),
                        new AddCohortTask(rosters, s.tasks()),
                        new PreviewPairs(rosters, stores, s.plans(), solver, clock),
                        new ConfirmPairs(rosters, s.plans(), start),
                        new SetPair(rosters, stores, s.plans(), clock),
                        new AskPairs(rosters, s.plans()),
                        new AnswerPair(rosters, stores, s.plans(), start, solver, clock)));
    }
}
