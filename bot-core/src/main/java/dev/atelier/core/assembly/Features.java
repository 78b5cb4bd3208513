package dev.atelier.core.assembly;

import dev.atelier.core.appeal.AppealCommands;
import dev.atelier.core.away.AwayCommands;
import dev.atelier.core.clock.checkin.CheckinCommands;
import dev.atelier.core.clock.mentorload.MentorLoadCommands;
import dev.atelier.core.clock.rhythm.RhythmCommands;
import dev.atelier.core.clock.stall.HealthCommands;
import dev.atelier.core.clock.visit.Visits;
import dev.atelier.core.cohort.CohortCommands;
import dev.atelier.core.command.Feature;
import dev.atelier.core.completion.CompletionCommands;
import dev.atelier.core.credential.CredentialCommands;
import dev.atelier.core.dashboard.DashboardCommands;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.enrolment.EnrolmentCommands;
import dev.atelier.core.help.HelpCommands;
import dev.atelier.core.home.HomeCommands;
import dev.atelier.core.hours.HoursCommands;
import dev.atelier.core.internship.InternshipCommands;
import dev.atelier.core.milestone.PlanningCommands;
import dev.atelier.core.moderation.ModerationCommands;
import dev.atelier.core.moderation.ModeratorLoop;
import dev.atelier.core.moderation.ModeratorWorkspaces;
import dev.atelier.core.moderation.SetModeratorChannel;
import dev.atelier.core.moderator.ModeratorCommands;
import dev.atelier.core.pairing.PairingCommands;
import dev.atelier.core.payout.PayCommands;
import dev.atelier.core.peerhelp.PeerHelpCommands;
import dev.atelier.core.portfolio.PortfolioCommands;
import dev.atelier.core.profile.ProfileCommands;
import dev.atelier.core.profile.ProfileGaps;
import dev.atelier.core.question.QuestionCommands;
import dev.atelier.core.review.WorkCommands;
import dev.atelier.core.rights.RightsCommands;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.task.TaskCommands;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every feature of the bot, one entry each, built from the shared context; the catalog lists their
 * commands in this order. A new command goes into its feature package; a new feature adds one line here.
 */
final class Features {

    private Features() {}

    static List<Feature> all(CoreContext c) {
        MongoStores s = c.stores();
        return List.of(
                new CohortCommands(s.cohorts(), c.clock()),
                new TaskCommands(s.tasks(), c.clock()),
                new InternshipCommands(s.internships(), c.start(), c.statusFigures(), c.clock()),
                new ModeratorCommands(s.communities()),
                new ProfileCommands(s.profiles(), c.portfolio(), c.zoneChanged(), c.clock()),
                new EnrolmentCommands(
                        s.cohorts(), s.rosters(), s.tasks(), new ProfileGaps(s.profiles())::remind, c.clock()),
                new PairingCommands(c.pairingStores(), s.plans(), c.solver(), c.start(), c.clock()),
                new PlanningCommands(s.internships(), c.plan(), c.clock()),
                new WorkCommands(s.internships(), c.clock()),
                new QuestionCommands(s.internships(), s.questions(), c.posts(), c.queue(), c.clock()),
                new PeerHelpCommands(s.peerHelp(), c.peerHelpQueue(), c.clock()),
                new HomeCommands(
                        s.internships(),
                        s.questions(),
                        s.conversations(),
                        c.queue(),
                        s.cohorts(),
                        s.checkins(),
                        s.profiles(),
                        c.away(),
                        c.plan(),
                        c.trajectory(),
                        c.clock()),
                new CredentialCommands(
                        s.internships(),
                        c.credentialStores().recipients(),
                        c.credentials(),
                        c.revoke(),
                        c.settings().signer(),
                        c.settings().links(),
                        c.settings().operatorCommunity(),
                        c.clock()),
                new CompletionCommands(
                        s.internships(),
                        s.tasks(),
                        s.cohorts(),
                        s.splitRules(),
                        c.issue(),
                        c.settings().links(),
                        c.pay(),
                        c.clock()),
                new HoursCommands(s.internships(), c.clock()),
                new PortfolioCommands(c.portfolio(), c.trajectory()),
                new PayCommands(s.internships(), c.payouts(), s.cohorts(), c.clock()),
                new AppealCommands(
                        s.internships(), c.appeals(), c.moderatorNotices(), c.revoke(), c.issue(), c.clock()),
                new CheckinCommands(
                        s.internships(),
                        s.checkins(),
                        s.checkinHistory(),
                        s.checkinDefaults(),
                        s.profiles(),
                        s.cohorts(),
                        c.cron(),
                        s.dueWork(),
                        c.clock()),
                new DashboardCommands(
                        c.dashboardStores().loginLinks(), c.settings().links().base(), c.clock()),
                new RightsCommands(
                        c.rightsStores().records(),
                        c.rightsStores().dataLinks(),
                        c.rightsStores().retentionSettings(),
                        c.outbound(),
                        c.settings().links().base(),
                        c.revoke(),
                        c.clock()),
                new RhythmCommands(s.rhythms(), revisitActivePairs(s, c)),
                new HealthCommands(s.cohorts(), c.health()),
                new MentorLoadCommands(c.loads(), s.rhythms(), c.clock()),
                new AwayCommands(c.awayStore(), c.away(), s.internships(), c.clock()),
                new HelpCommands(c.catalog(), c.stores().internships()),
                new ModerationCommands(
                        new ModeratorLoop(
                                c.moderatorNotices(),
                                c.moderation(),
                                s.internships(),
                                s.questions(),
                                new CohortRosters(s.cohorts(), s.rosters()),
                                new ProfileGaps(s.profiles()),
                                c.clock()),
                        new SetModeratorChannel(c.moderation()),
                        new ModeratorWorkspaces(s.internships(), c.outbound())));
    }

    /** After a rhythm change, the community's active pairs are visited again (one planner for them all). */
    private static Consumer<String> revisitActivePairs(MongoStores s, CoreContext c) {
        Visits visits = new Visits(s.dueWork(), c.clock());
        return community -> s.active().forEachActive(community, n -> visits.soon(community, n));
    }
}
