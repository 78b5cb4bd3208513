package dev.atelier.core.home;

import dev.atelier.core.away.AwayNote;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.checkin.Zones;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.planfit.PlanFigures;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.question.ShowQueue;
import dev.atelier.core.trajectory.Trajectory;
import java.time.Clock;
import java.util.List;

/** The {@code home} command: what matters now for the caller (internships, questions, queue, cohorts). */
public final class HomeCommands implements Feature {

    private final UseCases u;

    /** With the mentor's queue, days away, the plan check and the trajectory that other features own. */
    public HomeCommands(
            InternshipStore internships,
            QuestionStore questions,
            ConversationStore conversations,
            ShowQueue queue,
            CohortStore cohorts,
            CheckinStore checkins,
            ProfileStore profiles,
            AwayNote away,
            CheckPlan plan,
            Trajectory trajectory,
            Clock clock) {
        this.u = new UseCases(new ShowHome(
                internships,
                questions,
                conversations,
                queue,
                new CohortFigures(cohorts, internships, questions, clock),
                checkins,
                new Zones(profiles),
                away,
                new PlanFigures(plan),
                trajectory));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "home",
                        null,
                        "What matters now: your internships, questions and queue",
                        Access.EVERYONE,
                        List.of(),
                        "home"),
                (ctx, o) -> u.home.execute(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(ShowHome home) {}
}
