package dev.atelier.core.assembly;

import dev.atelier.core.clock.duework.EngineSettings;
import dev.atelier.core.clock.mentorload.MentorLoadBoard;
import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.clock.stall.CohortHealth;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.conversation.ObserveMessage;
import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.CredentialSigner;
import dev.atelier.core.credential.Credentials;
import dev.atelier.core.dashboard.DashboardReads;
import dev.atelier.core.dashboard.RedeemLoginLink;
import dev.atelier.core.moderation.PlatformModerators;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.peerhelp.PeerHelpRound;
import dev.atelier.core.portfolio.Portfolio;
import dev.atelier.core.question.QuestionReplies;
import dev.atelier.core.rights.DataDownloads;
import dev.atelier.core.rights.MemberExport;
import dev.atelier.core.rights.RetentionRound;
import dev.atelier.core.rights.RightsServices;
import dev.atelier.core.signing.JoseCredentialSigner;
import dev.atelier.core.store.MongoPeerHelpStores;
import dev.atelier.core.store.MongoRightsStores;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
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
            ClockRound clockRound,
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
        CoreContext c = CoreContext.create(mongo, outbound, clock, settings);
        OutboxAssembly.attach(mongo, outbound, clock, c.stores().communities(), outbox, outboxPacer);
        Features.all(c).forEach(feature -> feature.register(c.catalog()));
        MongoStores s = c.stores();
        AtelierBot bot = new AtelierBot(
                        c.catalog(),
                        s.communities(),
                        outbound,
                        new StoreSuggester(s.cohorts(), s.tasks(), s.internships()),
                        new ObserveMessage(
                                s.internships(),
                                s.conversations(),
                                new QuestionReplies(s.questions(), s.conversations(), c.posts())))
                .followingModerators(new PlatformModerators(c.moderation(), s.internships(), clock));
        ClockRound clockRound = ClockAssembly.round(s, c.cron(), outbound, clock, engine, pacer, c.away(), c.loads());
        MentorLoadBoard mentorLoad = new MentorLoadBoard(c.loads(), s.rhythms(), clock);
        DashboardReads dashboard = new DashboardReads(
                new RedeemLoginLink(
                        c.dashboardStores().loginLinks(), c.dashboardStores().moderators(), clock),
                s.cohorts(),
                s.internships(),
                s.questions(),
                s.checkins(),
                s.checkinHistory(),
                s.conversations(),
                s.profiles(),
                c.plan(),
                mentorLoad);
        MongoRightsStores r = c.rightsStores();
        RightsServices rights = new RightsServices(
                new DataDownloads(r.dataLinks(), new MemberExport(r.records()), clock),
                new RetentionRound(r.retention(), r.retentionSettings(), clock));
        PeerHelpRound peerHelp = new PeerHelpRound(
                s.questions(), MongoPeerHelpStores.queue(mongo), s.peerHelp(), s.cohorts(), outbound, clock);
        return new Services(bot, c.credentials(), c.portfolio(), clockRound, c.health(), peerHelp, dashboard, rights);
    }
}
