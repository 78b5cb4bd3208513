package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.appeal.Appeal;
import dev.atelier.core.appeal.AppealOutcome;
import dev.atelier.core.appeal.AppealStore;
import dev.atelier.core.clock.checkin.Answer;
import dev.atelier.core.clock.checkin.AnsweredCheckin;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.dashboard.LoginLink;
import dev.atelier.core.dashboard.Redemption;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.pairing.PairingPlan;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.question.Knowledge;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.rights.CredentialChoice;
import dev.atelier.core.rights.DataLink;
import dev.atelier.core.rights.MemberRecords;
import dev.atelier.core.rights.Pseudonym;
import dev.atelier.core.shared.Requester;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * The listings commands show (a community's cohorts, waiting questions, kept answers, open appeals,
 * moderators seen, a pair's check-in answers, profiles of several members) and the versioned saves of
 * profiles, rosters, plans and check-ins send only filters the embedded server answers from {@code _id}
 * or a unique index, on both embedded backends.
 */
class CommunityListingsTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "t1");
    static final String OTHER = "slack:T2";
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");
    static final Requester MENTOR = new Requester(C, BOB, false);
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Set<String> BY_ID = Set.of("_id");
    static final Set<String> BY_ID_AND_VERSION = Set.of("_id", "version");
    static final Set<String> BY_ID_AND_REVISION = Set.of("_id", LookupKeys.REVISION);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aCommunitysCohortsAreListedOldestFirstThroughIdGets(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two cohorts here, created out of name order, and one in another community
            var cohorts = MongoStores.create(b.mongo()).cohorts();
            cohorts.insert(Cohort.create(C.id(), "Zeta", null, null, null, "mod", NOW));
            cohorts.insert(Cohort.create(C.id(), "alpha", null, null, null, "mod", NOW.plusSeconds(60)));
            cohorts.insert(Cohort.create(OTHER, "beta", null, null, null, "mod", NOW));
            b.clearFilters();

            // when the community's cohorts are listed
            List<Cohort> listed = cohorts.list(C.id());

            // then they come oldest first, only this community's, and every filter was on _id
            assertThat(listed).extracting(Cohort::name).containsExactly("Zeta", "alpha");
            assertThat(cohorts.list("slack:T3")).isEmpty();
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void cohortsStoredBeforeListsExistedAreListedAfterAOneTimeMigration(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a cohort written by the older version, without a community list
            MongoTemplate mongo = b.mongo();
            mongo.getCollection("cohorts")
                    .insertOne(new Document("_id", C.id() + "/old")
                            .append("version", 0L)
                            .append("communityId", C.id())
                            .append("name", "Old")
                            .append("status", "DRAFT")
                            .append("createdAt", java.util.Date.from(NOW)));

            // when the stores start (twice) and a new cohort is created
            MongoStores.create(mongo);
            var cohorts = MongoStores.create(mongo).cohorts();
            cohorts.insert(Cohort.create(C.id(), "New", null, null, null, "mod", NOW.plusSeconds(1)));

            // then both are listed, the old one once
            assertThat(cohorts.list(C.id())).extracting(Cohort::name).containsExactly("Old", "New");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void waitingQuestionsAreListedFromAKeyThatLosesAnsweredOnesAndRegainsReopenedOnes(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given three questions asked, the second asked first, and one in another community
            MongoTemplate mongo = b.mongo();
            QuestionStore store = MongoStores.create(mongo).questions();
            Question first = store.save(ask(store, C.id(), "spring", NOW.plusSeconds(10)));
            store.save(ask(store, C.id(), "spring", NOW));
            store.save(ask(store, C.id(), "autumn", NOW.plusSeconds(20)));
            store.save(ask(store, OTHER, "spring", NOW));

            // when the first one is resolved and the waiting ones are listed
            first.resolve(MENTOR, NOW.plusSeconds(30), null);
            Question resolved = store.save(first);
            b.clearFilters();
            List<Question> waiting = store.waitingIn(C.id(), 10);

            // then the others come oldest first, the resolved one left the key, all through _id
            assertThat(waiting).extracting(Question::number).containsExactly(2L, 3L);
            assertThat(store.waitingIn(C.id(), 1)).extracting(Question::number).containsExactly(2L);
            assertThat(numbers(mongo, QuestionKeys.waiting(C.id()))).containsExactlyInAnyOrder(2L, 3L);
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isIn(BY_ID, BY_ID_AND_REVISION));

            // and when it is reopened it is listed again
            resolved.reopen(MENTOR);
            store.save(resolved);
            assertThat(store.waitingIn(C.id(), 10)).extracting(Question::number).containsExactly(2L, 1L, 3L);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aListingDoesNotTakeOutAQuestionListedAgainAfterItReadTheKey(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a resolved question and the waiting key as a listing read it
            MongoTemplate mongo = b.mongo();
            QuestionStore store = MongoStores.create(mongo).questions();
            Question q = store.save(ask(store, C.id(), "spring", NOW));
            q.resolve(MENTOR, NOW, null);
            q = store.save(q);
            LookupKeys keys = new LookupKeys(mongo, QuestionKeys.COLLECTION);
            LookupKeys.Revised read = keys.revised(QuestionKeys.waiting(C.id()));

            // when the question is reopened before the listing takes it out
            q.reopen(MENTOR);
            store.save(q);
            keys.prune(QuestionKeys.waiting(C.id()), read, List.of(q.number()));

            // then the stale take-out changed nothing
            assertThat(numbers(mongo, QuestionKeys.waiting(C.id()))).containsExactly(q.number());
            assertThat(store.waitingIn(C.id(), 10)).extracting(Question::number).containsExactly(q.number());
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void keptAnswersAreFoundThroughTheirCohortsKeysNewestFirst(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given answers kept in two cohorts, one question resolved without keeping, one kept elsewhere
            QuestionStore store = MongoStores.create(b.mongo()).questions();
            Question older = keep(store, C.id(), "spring", NOW.plusSeconds(10), "Older");
            Question newer = keep(store, C.id(), "autumn", NOW.plusSeconds(20), "Newer");
            keep(store, C.id(), "winter", NOW.plusSeconds(30), "Elsewhere");
            keep(store, OTHER, "spring", NOW.plusSeconds(40), "Other community");
            Question plain = store.save(ask(store, C.id(), "spring", NOW));
            plain.resolve(MENTOR, NOW.plusSeconds(50), null);
            store.save(plain);
            b.clearFilters();

            // when the kept answers of spring and autumn are read
            List<Question> kept = store.knowledge(C.id(), List.of("spring", "autumn"), 10);

            // then only those, newest first, through _id gets
            assertThat(kept).extracting(Question::number).containsExactly(newer.number(), older.number());
            assertThat(store.knowledge(C.id(), List.of("spring", "autumn"), 1))
                    .extracting(Question::number)
                    .containsExactly(newer.number());
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void questionsStoredBeforeTheWaitingKeyAreListedAfterAOneTimeMigration(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a waiting question whose keys an older version never wrote
            MongoTemplate mongo = b.mongo();
            QuestionStore store = MongoStores.create(mongo).questions();
            store.save(ask(store, C.id(), "spring", NOW));
            mongo.getCollection(QuestionKeys.COLLECTION).deleteMany(new Document());
            mongo.getCollection(Migrations.COLLECTION).deleteOne(new Document("_id", "question-keys-2"));

            // when the stores start again
            QuestionStore again = MongoStores.create(mongo).questions();

            // then it is listed as waiting
            assertThat(again.waitingIn(C.id(), 10)).extracting(Question::number).containsExactly(1L);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void openAppealsAreListedByNumberAndADecidedOneLeavesTheList(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given three appeals, one decided, one sent to a second reviewer, one in another community
            MongoTemplate mongo = b.mongo();
            AppealStore appeals = MongoAppealStore.create(mongo);
            appeals.insert(appeal(C.id(), 2, "M2 review", null));
            appeals.insert(appeal(C.id(), 1, "M1 review", null));
            appeals.insert(appeal(C.id(), 3, "M3 review", null));
            appeals.insert(appeal(OTHER, 1, "M1 review", null));
            appeals.save(appeal(C.id(), 1, "M1 review", AppealOutcome.UPHOLD));
            appeals.save(appeal(C.id(), 3, "M3 review", AppealOutcome.SECOND));
            b.clearFilters();

            // when the open ones are listed
            List<Appeal> open = appeals.open(C.id());

            // then the undecided and the second-review ones come by number, through _id; the decided one left the list
            assertThat(open).extracting(Appeal::number).containsExactly(2L, 3L);
            assertThat(new IdLists(mongo, MongoAppealStore.LISTS).ids(C.id()))
                    .containsExactlyInAnyOrder(C.id() + "/M2 review", C.id() + "/M3 review");
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void moderatorsSeenAreReadFromTheCommunityListIncludingThoseSeenBeforeIt(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a moderator remembered by the older version (no list yet)
            MongoTemplate mongo = b.mongo();
            mongo.getCollection("moderators_seen")
                    .insertOne(new Document("_id", C.id() + "/old")
                            .append("communityId", C.id())
                            .append("memberId", "old")
                            .append("at", java.util.Date.from(NOW)));
            MongoModeration moderation = MongoModeration.create(mongo);

            // when two more are seen acting, one twice, and one in another community
            moderation.saw(C.id(), "mia", NOW);
            moderation.saw(C.id(), "mia", NOW.plusSeconds(5));
            moderation.saw(C.id(), "noa", NOW);
            moderation.saw(OTHER, "zed", NOW);
            b.clearFilters();

            // then the community's list names the three, read by _id
            assertThat(moderation.seen(C.id())).containsExactlyInAnyOrder("old", "mia", "noa");
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aPairsCheckinAnswersAndSeveralProfilesAreReadById(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an internship's check-in at its third prompt with answers to prompts 1 and 3
            MongoStores stores = MongoStores.create(b.mongo());
            stores.checkins().save(checkin(3));
            stores.checkinHistory().keep(C.id(), 7, answered(1, "first"));
            stores.checkinHistory().keep(C.id(), 7, answered(3, "third"));
            stores.checkinHistory().keep(C.id(), 8, answered(1, "another pair"));
            stores.profiles().save(Profile.empty(C.id(), ALICE));
            stores.profiles().save(Profile.empty(C.id(), BOB));
            stores.profiles().save(Profile.empty(OTHER, ALICE));
            b.clearFilters();

            // when the pair page reads the answers and the pairing reads two profiles
            List<AnsweredCheckin> answers = stores.checkinHistory().of(C.id(), 7);
            List<Profile> profiles = stores.profiles().findAll(C.id(), List.of("alice", "bob", "carol"));

            // then the answers come newest first, the profiles are this community's, all by _id
            assertThat(answers).extracting(a -> a.answer().done()).containsExactly("third", "first");
            assertThat(stores.checkinHistory().of(C.id(), 9)).isEmpty();
            assertThat(profiles)
                    .extracting(p -> p.member().id() + "@" + p.communityId())
                    .containsExactlyInAnyOrder("alice@" + C.id(), "bob@" + C.id());
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void versionedSavesOfProfilesRostersPlansAndCheckinsAreServedByUniqueIndexes(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a profile, a roster, a plan and a check-in stored once
            MongoTemplate mongo = b.mongo();
            MongoStores stores = MongoStores.create(mongo);
            Profile profile = stores.profiles().save(Profile.empty(C.id(), ALICE));
            Roster roster = stores.rosters().save(Roster.empty(C.id(), "spring"));
            PairingPlan plan = stores.plans()
                    .save(new PairingPlan(
                            C.id(), "spring", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), NOW,
                            null));
            Checkin checkin = stores.checkins().save(checkin(0));
            b.clearFilters();

            // when each is saved again and the plan deleted
            stores.profiles().save(profile.avoiding("bob", true));
            stores.rosters().save(roster.enrol(BOB, Role.MENTOR, true, NOW));
            stores.plans().save(plan);
            stores.checkins().save(checkin);
            stores.plans().delete(C.id(), "spring");

            // then every write was on _id and version, which a unique index serves
            assertThat(b.filters())
                    .extracting(BsonDocument::keySet)
                    .allSatisfy(keys -> assertThat(keys).isIn(BY_ID, BY_ID_AND_VERSION))
                    .contains(BY_ID_AND_VERSION);
            for (String collection : List.of("profiles", "rosters", "pairing_plans", "checkins")) {
                assertThat(mongo.indexOps(collection).getIndexInfo())
                        .filteredOn(IndexInfo::isUnique)
                        .extracting(IndexInfo::getIndexFields)
                        .anySatisfy(fields ->
                                assertThat(fields).extracting(f -> f.getKey()).containsExactly("_id", "version"));
            }
            assertThat(stores.plans().find(C.id(), "spring")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void loginAndDataLinksAreRedeemedOnceThroughIdAndVersion(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a login link and a data link, unused and unexpired, and an expired login link
            MongoTemplate mongo = b.mongo();
            var logins = MongoDashboardStores.create(mongo).loginLinks();
            var data = MongoRightsStores.create(mongo).dataLinks();
            logins.insert("h1", new LoginLink(C, BOB, LoginLink.ModeratorGrant.PLATFORM, NOW, NOW.plusSeconds(600)));
            logins.insert("h2", new LoginLink(C, BOB, LoginLink.ModeratorGrant.PLATFORM, NOW, NOW.minusSeconds(1)));
            data.insert("d1", new DataLink(C.id(), "alice", NOW, NOW.plusSeconds(600)));
            b.clearFilters();

            // when each is redeemed twice
            Redemption first = logins.redeem("h1", NOW);
            Redemption second = logins.redeem("h1", NOW);
            boolean dataFirst = data.redeem("d1", NOW).isPresent();
            boolean dataSecond = data.redeem("d1", NOW).isPresent();

            // then only the first redemption of each works, the expired link never, all through _id and version
            assertThat(first).isInstanceOf(Redemption.Granted.class);
            assertThat(second).isInstanceOf(Redemption.Used.class);
            assertThat(logins.redeem("h2", NOW)).isInstanceOf(Redemption.Expired.class);
            assertThat(logins.redeem("h3", NOW)).isInstanceOf(Redemption.Unknown.class);
            assertThat(dataFirst).isTrue();
            assertThat(dataSecond).isFalse();
            assertThat(b.filters())
                    .extracting(BsonDocument::keySet)
                    .allSatisfy(keys -> assertThat(keys).isIn(BY_ID, BY_ID_AND_VERSION))
                    .contains(BY_ID_AND_VERSION);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aForgottenModeratorLeavesTheListAndTheExportShowsTheListing(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two moderators seen acting here
            MongoTemplate mongo = b.mongo();
            MongoModeration moderation = MongoModeration.create(mongo);
            moderation.saw(C.id(), "zed", NOW);
            moderation.saw(C.id(), "mia", NOW);
            assertThat(new MongoMemberExport(mongo).export(C.id(), "zed").get(MongoModeration.LISTS))
                    .hasSize(1);

            // when zed is forgotten
            Pseudonym p = new Pseudonym("former-1", Pseudonym.NAME);
            new MongoMemberErasure(mongo)
                    .erase(C.id(), "zed", p, new MemberRecords.ErasureLog(NOW, "mia", CredentialChoice.KEEP));

            // then the list names neither zed nor the pseudonym: notices go to mia only
            assertThat(moderation.seen(C.id())).containsExactly("mia");
            assertThat(new MongoMemberExport(mongo).export(C.id(), "zed").get(MongoModeration.LISTS))
                    .isEmpty();
        }
    }

    static Question ask(QuestionStore store, String communityId, String cohort, Instant at) {
        return Question.ask(communityId, store.nextNumber(communityId), 4, cohort, ALICE, BOB, "How?", at);
    }

    static Question keep(QuestionStore store, String communityId, String cohort, Instant at, String title) {
        Question q = store.save(ask(store, communityId, cohort, NOW));
        q.resolve(
                new Requester(new CommunityRef(Platform.SLACK, communityId.substring(6), "c"), BOB, false),
                at,
                new Knowledge(Knowledge.Kind.RESOURCE, title, "answer", "bob"));
        return store.save(q);
    }

    static Appeal appeal(String communityId, long number, String decision, AppealOutcome outcome) {
        return new Appeal(
                communityId,
                number,
                1,
                null,
                decision,
                "unfair",
                "alice",
                NOW,
                outcome,
                outcome == null ? null : "note",
                outcome == null ? null : "mod",
                outcome == null ? null : NOW,
                outcome == AppealOutcome.SECOND ? "carol" : null,
                outcome == null ? null : 0L);
    }

    static Checkin checkin(int prompts) {
        Checkin c = new Checkin(C, 7, "alice", CheckinSchedule.DEFAULT, NOW, null, 0, 0, null);
        for (int i = 0; i < prompts; i++) {
            c = c.prompted(NOW.plusSeconds(i), NOW.plusSeconds(i + 1L));
        }
        return c;
    }

    static AnsweredCheckin answered(int prompt, String done) {
        return new AnsweredCheckin(prompt, new Answer(done, "none", "more", 4, NOW));
    }

    static List<Long> numbers(MongoTemplate mongo, String key) {
        Document d = mongo.getCollection(QuestionKeys.COLLECTION)
                .find(new Document("_id", key))
                .first();
        return d == null
                ? List.of()
                : d.getList(LookupKeys.NUMBERS, Number.class).stream()
                        .map(Number::longValue)
                        .toList();
    }
}
