package dev.atelier.core.assembly;

import dev.atelier.core.appeal.Appeals;
import dev.atelier.core.away.Availability;
import dev.atelier.core.away.AwayFigures;
import dev.atelier.core.away.AwayStore;
import dev.atelier.core.away.DeclareAway;
import dev.atelier.core.away.DeclareHoliday;
import dev.atelier.core.checkin.AnswerCheckin;
import dev.atelier.core.checkin.CronClock;
import dev.atelier.core.checkin.FollowZone;
import dev.atelier.core.checkin.OpenCheckin;
import dev.atelier.core.checkin.ScheduleCheckin;
import dev.atelier.core.checkin.SetCohortCheckins;
import dev.atelier.core.checkin.Zones;
import dev.atelier.core.cohort.CloseCohort;
import dev.atelier.core.cohort.CreateCohort;
import dev.atelier.core.cohort.ListCohorts;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.community.ManageModerators;
import dev.atelier.core.completion.CloseInternship;
import dev.atelier.core.completion.CompleteInternship;
import dev.atelier.core.completion.ExportStatements;
import dev.atelier.core.completion.RateMentorship;
import dev.atelier.core.completion.SetSplitRule;
import dev.atelier.core.completion.ShowStatement;
import dev.atelier.core.conversation.MessageFigures;
import dev.atelier.core.conversation.ObserveMessage;
import dev.atelier.core.credential.ChooseNameShown;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.CredentialSigner;
import dev.atelier.core.credential.Credentials;
import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.credential.RotateSigningKey;
import dev.atelier.core.credential.ShowCredentialScore;
import dev.atelier.core.credential.StatusListCredential;
import dev.atelier.core.credential.VerifyCredential;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.dashboard.IssueDashboardLink;
import dev.atelier.core.dashboard.RedeemLoginLink;
import dev.atelier.core.duework.EngineSettings;
import dev.atelier.core.duework.Pacer;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.help.ShowHelp;
import dev.atelier.core.home.CohortFigures;
import dev.atelier.core.home.ShowHome;
import dev.atelier.core.hours.CorrectHours;
import dev.atelier.core.hours.LogHours;
import dev.atelier.core.hours.ShowHours;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.ShowStatus;
import dev.atelier.core.internship.StartInternship;
import dev.atelier.core.internship.WithdrawInternship;
import dev.atelier.core.mentorload.MentorLoadBoard;
import dev.atelier.core.mentorload.MentorLoads;
import dev.atelier.core.milestone.AddMilestone;
import dev.atelier.core.milestone.ChangeMilestone;
import dev.atelier.core.milestone.ListMilestones;
import dev.atelier.core.milestone.ProposeMilestone;
import dev.atelier.core.moderation.ModerationFeature;
import dev.atelier.core.moderation.ModeratorLoop;
import dev.atelier.core.moderation.ModeratorNotices;
import dev.atelier.core.moderation.ModeratorWorkspaces;
import dev.atelier.core.moderation.SetModeratorChannel;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.payout.ManagePay;
import dev.atelier.core.payout.PayFigures;
import dev.atelier.core.payout.PayoutStore;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.peerhelp.SetPeerHelp;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.planfit.PlanFigures;
import dev.atelier.core.planfit.PlanFitNotice;
import dev.atelier.core.portfolio.Portfolio;
import dev.atelier.core.portfolio.ShowPortfolio;
import dev.atelier.core.question.AskQuestion;
import dev.atelier.core.question.LetPeersHelp;
import dev.atelier.core.question.QuestionFigures;
import dev.atelier.core.question.QuestionPosts;
import dev.atelier.core.question.QuestionReplies;
import dev.atelier.core.question.ResolveQuestion;
import dev.atelier.core.question.ShowQueue;
import dev.atelier.core.question.ShowResources;
import dev.atelier.core.review.ReviewSubmission;
import dev.atelier.core.review.SubmitMilestone;
import dev.atelier.core.rights.RightsServices;
import dev.atelier.core.rounds.ClockRound;
import dev.atelier.core.scheduling.QuartzCronClock;
import dev.atelier.core.signing.JoseCredentialSigner;
import dev.atelier.core.stall.CohortHealth;
import dev.atelier.core.store.MongoAppealStore;
import dev.atelier.core.store.MongoAwayStore;
import dev.atelier.core.store.MongoCredentialStores;
import dev.atelier.core.store.MongoDashboardStores;
import dev.atelier.core.store.MongoModeration;
import dev.atelier.core.store.MongoPayoutStore;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.task.AddTask;
import dev.atelier.core.task.ListTasks;
import dev.atelier.core.trajectory.Trajectory;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Assembles the core: MongoDB stores, every use case, the command catalog and the bot. */
public final class AtelierCore {

    private AtelierCore() {}

    /**
     * How credentials are issued: where they are published ({@code atelier.public-url}) and the key
     * that signs them.
     */
    public record Settings(CredentialLinks links, CredentialSigner signer, String operatorCommunity) {

        /** Without an operator community: nobody rotates the signing key from chat. */
        public Settings(CredentialLinks links, CredentialSigner signer) {
            this(links, signer, null);
        }

        /** Links on localhost and a key that lives only as long as the process: tests and demos. */
        public static Settings ephemeral() {
            CredentialLinks links = new CredentialLinks("http://localhost:8080");
            return new Settings(links, JoseCredentialSigner.ephemeral(links.jwks()), "console:operator");
        }
    }

    /**
     * The bot, plus what the application serves over HTTP (credential verification, portfolios, the
     * dashboard), the rounds its clock runs each tick (check-ins, reminders and stalls; peer help) and
     * the cohort health read model.
     */
    public record Services(
            AtelierBot bot,
            Credentials credentials,
            Portfolio portfolio,
            ClockRound checkins,
            CohortHealth health,
            PeerHelpRound peerHelp,
            DashboardReads dashboard,
            RightsServices rights) {}

    public static Services assemble(MongoTemplate mongo, Outbound outbound, Clock clock, Settings settings) {
        return assemble(mongo, outbound, clock, settings, EngineSettings.defaults());
    }

    /** With the clock's settings: instance id, lease, batch sizes, pacing, sweep interval. */
    public static Services assemble(
            MongoTemplate mongo, Outbound outbound, Clock clock, Settings settings, EngineSettings engine) {
        return assemble(mongo, outbound, clock, settings, engine, Pacer.real(engine.sendsPerSecond()));
    }

    /** With the outbox's settings (lane paces, backoff, expiry); its platform pace is the clock's sends per second. */
    public static Services assemble(
            MongoTemplate mongo,
            Outbound outbound,
            Clock clock,
            Settings settings,
            EngineSettings engine,
            OutboxSettings outbox) {
        return assemble(
                mongo,
                outbound,
                clock,
                settings,
                engine,
                Pacer.real(engine.sendsPerSecond()),
                outbox,
                Pacer.real(engine.sendsPerSecond()));
    }

    public static Services assemble(
            MongoTemplate mongo,
            Outbound outbound,
            Clock clock,
            Settings settings,
            EngineSettings engine,
            Pacer pacer) {
        return assemble(
                mongo,
                outbound,
                clock,
                settings,
                engine,
                pacer,
                OutboxSettings.defaults().withInstanceId(engine.instanceId()),
                Pacer.real(0));
    }

    public static Services assemble(
            MongoTemplate mongo,
            Outbound outbound,
            Clock clock,
            Settings settings,
            EngineSettings engine,
            Pacer pacer,
            OutboxSettings outbox,
            Pacer outboxPacer) {
        MongoStores s = MongoStores.create(mongo, clock);
        OutboxAssembly.attach(mongo, outbound, clock, s.communities(), outbox, outboxPacer);
        InternshipAccess access = new InternshipAccess(s.internships());
        CommandCatalog catalog = new CommandCatalog();
        CronClock cron = new QuartzCronClock();
        AwayStore awayStore = MongoAwayStore.create(mongo);
        Availability away = new Availability(awayStore, s.profiles(), clock);
        CheckPlan plan = new CheckPlan(s.tasks(), s.profiles(), s.checkins(), away, clock);
        PayoutStore payouts = MongoPayoutStore.create(mongo);
        Trajectory trajectory = new Trajectory(s.internships(), s.rosters(), s.cohorts(), s.tasks());
        PayFigures pay = new PayFigures(payouts, s.internships(), s.tasks(), plan::estimates, clock);
        StartInternship start = new StartInternship(
                s.internships(),
                s.tasks(),
                s.cohorts(),
                s.communities(),
                outbound,
                new OpenCheckin(s.checkins(), s.checkinDefaults(), s.profiles(), cron, s.dueWork(), clock),
                clock);
        ModeratorCommands.register(
                catalog,
                new ModeratorCommands.UseCases(
                        new CreateCohort(s.cohorts(), clock),
                        new ListCohorts(s.cohorts()),
                        new CloseCohort(s.cohorts()),
                        new AddTask(s.tasks(), clock),
                        new ListTasks(s.tasks()),
                        start,
                        new WithdrawInternship(access, clock),
                        new ManageModerators(s.communities())));
        CredentialLinks links = settings.links();
        Portfolio portfolio = new Portfolio(s.internships(), links);
        MatchingAssembly.register(
                catalog,
                s,
                start,
                portfolio,
                new FollowZone(s.internships(), s.checkins(), s.profiles(), cron, s.dueWork(), clock),
                clock);
        PlanningCommands.register(
                catalog,
                new PlanningCommands.UseCases(
                        new AddMilestone(access, s.internships(), clock),
                        new ProposeMilestone(access, s.internships(), clock),
                        new ChangeMilestone(access, clock),
                        new ListMilestones(access, s.internships()),
                        new PlanFitNotice(plan, s.internships())));
        WorkCommands.register(
                catalog,
                new WorkCommands.UseCases(
                        new SubmitMilestone(access, clock),
                        new ReviewSubmission(access, clock),
                        new ShowStatus(
                                s.internships(),
                                access,
                                figures(
                                        new QuestionFigures(s.questions()),
                                        new MessageFigures(s.conversations()),
                                        new AwayFigures(away, clock),
                                        new PlanFigures(plan),
                                        pay)),
                        new ShowHelp(catalog)));
        QuestionPosts posts = new QuestionPosts(s.questions(), outbound);
        ShowQueue queue = new ShowQueue(s.internships(), s.questions(), away);
        QuestionCommands.register(
                catalog,
                new QuestionCommands.UseCases(
                        new AskQuestion(s.internships(), s.questions(), posts, clock),
                        new ResolveQuestion(s.questions(), posts, clock),
                        queue,
                        new ShowResources(s.internships(), s.questions()),
                        new LetPeersHelp(s.questions()),
                        new SetPeerHelp(s.peerHelp()),
                        new ShowHome(
                                s.internships(),
                                s.questions(),
                                s.conversations(),
                                queue,
                                new CohortFigures(s.cohorts(), s.internships(), s.questions(), clock),
                                s.checkins(),
                                new Zones(s.profiles()),
                                away,
                                new PlanFigures(plan),
                                trajectory)));
        MongoCredentialStores cs = MongoCredentialStores.create(mongo);
        Credentials credentials = new Credentials(
                s.internships(),
                settings.signer(),
                links,
                new StatusListCredential(cs.statusLists(), settings.signer(), links, clock));
        CredentialCommands.register(
                catalog,
                new CredentialCommands.UseCases(
                        new ShowCredentialScore(s.internships(), access, links, clock),
                        new ChooseNameShown(cs.recipients()),
                        new RotateSigningKey(settings.signer(), settings.operatorCommunity())));
        RevokeCredential revoke = new RevokeCredential(s.internships(), access, links, cs.statusLists(), clock);
        IssueCredential issue = new IssueCredential(settings.signer(), links, cs.recipients(), cs.statusLists());
        CompletionCommands.register(
                catalog,
                new CompletionCommands.UseCases(
                        new CompleteInternship(access, s.tasks(), s.splitRules(), issue, clock),
                        new CloseInternship(access, clock),
                        new RateMentorship(access, clock),
                        new ShowStatement(access, links),
                        new SetSplitRule(s.cohorts(), s.splitRules()),
                        new ExportStatements(s.cohorts(), s.internships()),
                        new LogHours(s.internships(), access, clock),
                        new ShowHours(s.internships(), access),
                        new CorrectHours(s.internships(), access, clock),
                        new VerifyCredential(credentials),
                        revoke,
                        new ShowPortfolio(portfolio, trajectory),
                        pay));
        PayCommands.register(catalog, new ManagePay(s.internships(), payouts, s.cohorts(), clock));
        MongoModeration moderation = MongoModeration.create(mongo);
        ModeratorNotices moderatorNotices = new ModeratorNotices(s.communities(), s.cohorts(), moderation, moderation);
        AppealCommands.register(
                catalog,
                Appeals.create(
                        s.internships(), MongoAppealStore.create(mongo), moderatorNotices, revoke, issue, clock));
        CheckinCommands.register(
                catalog,
                new CheckinCommands.UseCases(
                        new ScheduleCheckin(s.internships(), s.checkins(), s.profiles(), cron, s.dueWork(), clock),
                        new AnswerCheckin(s.internships(), s.checkins(), s.checkinHistory(), clock),
                        new SetCohortCheckins(s.cohorts(), s.checkinDefaults())));
        MongoDashboardStores d = MongoDashboardStores.create(mongo);
        DashboardCommands.register(catalog, new IssueDashboardLink(d.loginLinks(), links.base(), clock));
        RightsServices rights = RightsCommands.register(catalog, mongo, s, outbound, links, revoke, clock);
        ClockAssembly.Built clockwork = ClockAssembly.build(catalog, s, cron, outbound, clock, engine, pacer, away);
        AwayCommands.register(
                catalog,
                new DeclareAway(awayStore, away, s.internships(), clock),
                new DeclareHoliday(awayStore, s.internships(), clock));
        ModerationFeature.attach(
                catalog,
                new ModeratorLoop(
                        moderatorNotices,
                        moderation,
                        s.internships(),
                        s.questions(),
                        new CohortRosters(s.cohorts(), s.rosters()),
                        clock),
                new SetModeratorChannel(moderation),
                new ModeratorWorkspaces(s.internships(), outbound));
        AtelierBot bot = new AtelierBot(
                catalog,
                s.communities(),
                outbound,
                new StoreSuggester(s.cohorts(), s.tasks(), s.internships()),
                new ObserveMessage(
                        s.internships(), s.conversations(), new QuestionReplies(s.questions(), s.conversations())));
        return new Services(
                bot,
                credentials,
                portfolio,
                clockwork.round(),
                clockwork.health(),
                new PeerHelpRound(s.questions(), s.peerHelp(), s.cohorts(), outbound, clock),
                new DashboardReads(
                        new RedeemLoginLink(d.loginLinks(), d.moderators(), clock),
                        s.cohorts(),
                        s.internships(),
                        s.questions(),
                        s.checkins(),
                        s.checkinHistory(),
                        s.conversations(),
                        s.profiles(),
                        plan,
                        new MentorLoadBoard(
                                new MentorLoads(s.internships(), s.questions(), s.profiles(), s.rosters(), s.cohorts()),
                                s.rhythms(),
                                clock)),
                rights);
    }

    private static InternshipFigures figures(InternshipFigures... all) {
        return (communityId, internship) -> Arrays.stream(all)
                .flatMap(f -> f.linesFor(communityId, internship).stream())
                .toList();
    }
}
