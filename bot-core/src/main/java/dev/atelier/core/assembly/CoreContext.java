package dev.atelier.core.assembly;

import dev.atelier.core.appeal.AppealStore;
import dev.atelier.core.away.Availability;
import dev.atelier.core.away.AwayFigures;
import dev.atelier.core.away.AwayStore;
import dev.atelier.core.clock.checkin.CronClock;
import dev.atelier.core.clock.checkin.FollowZone;
import dev.atelier.core.clock.checkin.OpenCheckin;
import dev.atelier.core.clock.mentorload.MentorLoads;
import dev.atelier.core.clock.scheduling.QuartzCronClock;
import dev.atelier.core.clock.stall.CohortHealth;
import dev.atelier.core.clock.visit.Visits;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.conversation.MessageFigures;
import dev.atelier.core.credential.Credentials;
import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.credential.StatusListCredential;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.matching.AssignmentSolver;
import dev.atelier.core.moderation.ModeratorNotices;
import dev.atelier.core.pairing.PairingInputs;
import dev.atelier.core.payout.PayFigures;
import dev.atelier.core.payout.PayoutStore;
import dev.atelier.core.peerhelp.PeerHelpQueue;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.planfit.PlanFigures;
import dev.atelier.core.portfolio.Portfolio;
import dev.atelier.core.profile.ZoneChanged;
import dev.atelier.core.question.QuestionFigures;
import dev.atelier.core.question.QuestionPosts;
import dev.atelier.core.question.ShowQueue;
import dev.atelier.core.solver.FlowAssignmentSolver;
import dev.atelier.core.solver.OrToolsAssignmentSolver;
import dev.atelier.core.store.MongoAppealStore;
import dev.atelier.core.store.MongoAwayStore;
import dev.atelier.core.store.MongoCredentialStores;
import dev.atelier.core.store.MongoDashboardStores;
import dev.atelier.core.store.MongoModeration;
import dev.atelier.core.store.MongoPayoutStore;
import dev.atelier.core.store.MongoPeerHelpStores;
import dev.atelier.core.store.MongoRightsStores;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.trajectory.Trajectory;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every feature is built from: the stores, the clock, the way out, the settings, the catalog, and
 * the few use cases and read models several features share (each built once, here, in dependency order).
 */
record CoreContext(
        MongoStores stores,
        AwayStore awayStore,
        PayoutStore payouts,
        AppealStore appeals,
        MongoCredentialStores credentialStores,
        MongoDashboardStores dashboardStores,
        MongoRightsStores rightsStores,
        Clock clock,
        Outbound outbound,
        AtelierCore.Settings settings,
        CommandCatalog catalog,
        CronClock cron,
        Availability away,
        CheckPlan plan,
        PayFigures pay,
        Trajectory trajectory,
        StartInternship start,
        Portfolio portfolio,
        Credentials credentials,
        IssueCredential issue,
        RevokeCredential revoke,
        QuestionPosts posts,
        ShowQueue queue,
        MentorLoads loads,
        CohortHealth health,
        ZoneChanged zoneChanged,
        PairingInputs.Stores pairingStores,
        AssignmentSolver solver,
        InternshipFigures statusFigures,
        MongoModeration moderation,
        ModeratorNotices moderatorNotices,
        PeerHelpQueue peerHelpQueue) {

    static CoreContext create(MongoTemplate mongo, Outbound outbound, Clock clock, AtelierCore.Settings settings) {
        MongoStores s = MongoStores.create(mongo, clock, work -> new Visits(work, clock));
        AwayStore awayStore = MongoAwayStore.create(mongo);
        PayoutStore payouts = MongoPayoutStore.create(mongo);
        MongoCredentialStores cs = MongoCredentialStores.create(mongo);
        CronClock cron = new QuartzCronClock();
        Availability away = new Availability(awayStore, s.profiles(), clock);
        CheckPlan plan = new CheckPlan(s.tasks(), s.profiles(), s.checkins(), away, clock);
        PayFigures pay = new PayFigures(payouts, s.internships(), s.tasks(), plan::estimates, clock);
        OpenCheckin openCheckin =
                new OpenCheckin(s.checkins(), s.checkinDefaults(), s.profiles(), cron, s.dueWork(), clock);
        StartInternship start = new StartInternship(
                s.internships(), s.tasks(), s.cohorts(), s.communities(), outbound, openCheckin, clock);
        Credentials credentials = new Credentials(
                s.internships(),
                settings.signer(),
                settings.links(),
                new StatusListCredential(cs.statusLists(), settings.signer(), settings.links(), clock));
        InternshipAccess access = new InternshipAccess(s.internships());
        RevokeCredential revoke =
                new RevokeCredential(s.internships(), access, settings.links(), cs.statusLists(), clock);
        IssueCredential issue =
                new IssueCredential(settings.signer(), settings.links(), cs.recipients(), cs.statusLists());
        InternshipFigures statusFigures = figures(
                new QuestionFigures(s.questions()),
                new MessageFigures(s.conversations()),
                new AwayFigures(away, clock),
                new PlanFigures(plan),
                pay);
        MongoModeration moderation = MongoModeration.create(mongo);
        return new CoreContext(
                s,
                awayStore,
                payouts,
                MongoAppealStore.create(mongo),
                cs,
                MongoDashboardStores.create(mongo),
                MongoRightsStores.create(mongo),
                clock,
                outbound,
                settings,
                new CommandCatalog(),
                cron,
                away,
                plan,
                pay,
                new Trajectory(s.internships(), s.rosters(), s.cohorts(), s.tasks()),
                start,
                new Portfolio(s.internships(), settings.links()),
                credentials,
                issue,
                revoke,
                new QuestionPosts(s.questions(), outbound),
                new ShowQueue(s.internships(), s.questions(), away),
                new MentorLoads(s.internships(), s.questions(), s.profiles(), s.rosters(), s.cohorts()),
                new CohortHealth(s.internships(), s.checkins(), s.questions(), s.conversations(), s.health()),
                new FollowZone(s.internships(), s.checkins(), s.profiles(), cron, s.dueWork(), clock),
                new PairingInputs.Stores(s.profiles(), s.internships(), s.tasks(), s.cohorts(), s.rosters()),
                new OrToolsAssignmentSolver(new FlowAssignmentSolver()),
                statusFigures,
                moderation,
                new ModeratorNotices(s.communities(), s.cohorts(), moderation, moderation),
                MongoPeerHelpStores.queue(mongo));
    }

    /** The lines each feature adds to an internship's status, in order. */
    private static InternshipFigures figures(InternshipFigures... all) {
        return (communityId, internship) -> Arrays.stream(all)
                .flatMap(f -> f.linesFor(communityId, internship).stream())
                .toList();
    }
}
