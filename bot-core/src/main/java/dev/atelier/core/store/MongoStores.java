package dev.atelier.core.store;

import dev.atelier.core.clock.checkin.CheckinDefaults;
import dev.atelier.core.clock.checkin.CheckinHistory;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.clock.stall.HealthStore;
import dev.atelier.core.clock.visit.InternshipChanges;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.pairing.PlanStore;
import dev.atelier.core.pay.SplitRuleStore;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every store port backed by one MongoTemplate; each store declares the indexes its queries use. */
public record MongoStores(
        CommunityStore communities,
        CohortStore cohorts,
        TaskStore tasks,
        InternshipStore internships,
        SplitRuleStore splitRules,
        ProfileStore profiles,
        RosterStore rosters,
        PlanStore plans,
        CheckinStore checkins,
        CheckinDefaults checkinDefaults,
        QuestionStore questions,
        ConversationStore conversations,
        PeerHelpSettingsStore peerHelp,
        DueWork dueWork,
        RhythmStore rhythms,
        HealthStore health,
        ActiveInternships active,
        CheckinHistory checkinHistory) {

    public static MongoStores create(MongoTemplate mongo) {
        return create(mongo, Clock.systemUTC());
    }

    /** With the clock that dates what the stores stamp themselves (counted message ids). */
    public static MongoStores create(MongoTemplate mongo, Clock clock) {
        return create(mongo, clock, work -> InternshipChanges.NONE);
    }

    /**
     * With the clock, and what the internship, question and check-in stores tell after each save: made from
     * the stores' due work (the clock's visits are planned as due work).
     */
    public static MongoStores create(
            MongoTemplate mongo, Clock clock, Function<DueWork, InternshipChanges> changesFrom) {
        Sequences sequences = new Sequences(mongo);
        MongoDueWork dueWork = new MongoDueWork(mongo);
        InternshipChanges changes = changesFrom.apply(dueWork);
        return new MongoStores(
                new MongoCommunityStore(mongo, clock),
                new MongoCohortStore(mongo),
                new MongoTaskStore(mongo, sequences),
                new MongoInternshipStore(mongo, sequences, changes),
                new MongoSplitRuleStore(mongo),
                new MongoProfileStore(mongo),
                new MongoRosterStore(mongo),
                new MongoPlanStore(mongo),
                new MongoCheckinStore(mongo, changes),
                new MongoCheckinDefaults(mongo),
                new MongoQuestionStore(mongo, sequences, changes),
                new MongoConversationStore(mongo, clock),
                new MongoPeerHelpSettings(mongo),
                dueWork,
                new MongoRhythmStore(mongo),
                new MongoHealthStore(mongo),
                new MongoActiveInternships(mongo),
                new MongoCheckinHistory(mongo));
    }
}
