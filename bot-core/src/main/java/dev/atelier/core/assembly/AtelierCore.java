package dev.atelier.core.assembly;

import dev.atelier.core.cohort.CloseCohort;
import dev.atelier.core.cohort.CreateCohort;
import dev.atelier.core.cohort.ListCohorts;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.community.ManageModerators;
import dev.atelier.core.help.ShowHelp;
import dev.atelier.core.internship.CompleteInternship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.ShowStatus;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.internship.WithdrawInternship;
import dev.atelier.core.milestone.AddMilestone;
import dev.atelier.core.milestone.ChangeMilestone;
import dev.atelier.core.milestone.ListMilestones;
import dev.atelier.core.milestone.ProposeMilestone;
import dev.atelier.core.review.ReviewSubmission;
import dev.atelier.core.review.SubmitMilestone;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.task.AddTask;
import dev.atelier.core.task.ListTasks;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Assembles the core: MongoDB stores, every use case, the command catalog and the bot. */
public final class AtelierCore {

    private AtelierCore() {
    }

    public static AtelierBot create(MongoTemplate mongo, Outbound outbound, Clock clock) {
        MongoStores s = MongoStores.create(mongo);
        InternshipAccess access = new InternshipAccess(s.internships());
        CommandCatalog catalog = new CommandCatalog();
        StartInternship start = new StartInternship(s.internships(), s.tasks(), s.cohorts(), s.communities(), outbound,
                clock);
        ModeratorCommands.register(catalog, new ModeratorCommands.UseCases(new CreateCohort(s.cohorts(), clock),
                new ListCohorts(s.cohorts()), new CloseCohort(s.cohorts()), new AddTask(s.tasks(), clock),
                new ListTasks(s.tasks()), start, new WithdrawInternship(access, clock),
                new ManageModerators(s.communities())));
        MatchingAssembly.register(catalog, s, start, clock);
        PlanningCommands.register(catalog, new PlanningCommands.UseCases(
                new AddMilestone(access, s.internships(), clock), new ProposeMilestone(access, s.internships(), clock),
                new ChangeMilestone(access, clock), new ListMilestones(access, s.internships())));
        WorkCommands.register(catalog, new WorkCommands.UseCases(new SubmitMilestone(access, clock),
                new ReviewSubmission(access, clock), new CompleteInternship(access, clock),
                new ShowStatus(s.internships(), access), new ShowHelp(catalog)));
        return new AtelierBot(catalog, s.communities(), outbound,
                new StoreSuggester(s.cohorts(), s.tasks(), s.internships()));
    }
}
