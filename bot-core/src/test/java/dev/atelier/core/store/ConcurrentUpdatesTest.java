package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atelier.core.appeal.Appeal;
import dev.atelier.core.appeal.AppealOutcome;
import dev.atelier.core.appeal.AppealStore;
import dev.atelier.core.away.AwayPeriod;
import dev.atelier.core.away.AwayPeriods;
import dev.atelier.core.away.AwayStore;
import dev.atelier.core.away.Holiday;
import dev.atelier.core.away.Holidays;
import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinDefaults;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.clock.checkin.ScheduleChange;
import dev.atelier.core.clock.checkin.SetCohortCheckins;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmChange;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.clock.rhythm.SetRhythm;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStatus;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.pairing.PairingPlan;
import dev.atelier.core.payout.PayState;
import dev.atelier.core.payout.Payout;
import dev.atelier.core.payout.PayoutStore;
import dev.atelier.core.peerhelp.PeerHelpChange;
import dev.atelier.core.peerhelp.PeerHelpSettings;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import dev.atelier.core.peerhelp.SetPeerHelp;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.rights.CredentialChoice;
import dev.atelier.core.rights.MemberRecords.ErasureLog;
import dev.atelier.core.rights.Pseudonym;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.Budget;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two writers of one cohort, task, community, question, profile, roster, plan, check-in, pay state, appeal,
 * member's away periods or community's holidays: both changes stay, or the second is refused and retried.
 * Two moderators changing a community's rhythm, its peer help or a cohort's default check-ins at once
 * both keep their change, and a question resolved while its asker is erased stays resolved.
 */
class ConcurrentUpdatesTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Shop");
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aCohortClosedMeanwhileIsNotReopenedByAStaleActivation(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            CohortStore cohorts = MongoStores.create(b.mongo()).cohorts();
            cohorts.insert(Cohort.create(C.id(), "Spring", null, null, null, "mod", NOW));
            Cohort starting = cohorts.find(C.id(), "spring").orElseThrow();
            Cohort closing = cohorts.find(C.id(), "spring").orElseThrow();

            cohorts.update(closing.close());

            assertThatThrownBy(() -> cohorts.update(starting.activate())).isInstanceOf(ConcurrentChange.class);
            Cohort retried = cohorts.find(C.id(), "spring").orElseThrow();
            assertThat(retried.status()).isEqualTo(CohortStatus.CLOSED);
            assertThatThrownBy(retried::activate).isInstanceOf(Rejected.class);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aCohortStoredWithoutAVersionCanBeUpdatedOnce(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            var mongo = b.mongo();
            mongo.getCollection("cohorts")
                    .insertOne(new Document("_id", C.id() + "/old")
                            .append("communityId", C.id())
                            .append("name", "Old")
                            .append("status", "ACTIVE")
                            .append("createdBy", "mod")
                            .append("createdAt", java.util.Date.from(NOW)));
            CohortStore cohorts = MongoStores.create(mongo).cohorts();
            Cohort stale = cohorts.find(C.id(), "old").orElseThrow();

            cohorts.update(cohorts.find(C.id(), "old").orElseThrow().close());

            assertThat(cohorts.find(C.id(), "old").orElseThrow().status()).isEqualTo(CohortStatus.CLOSED);
            assertThatThrownBy(() -> cohorts.update(stale.close())).isInstanceOf(ConcurrentChange.class);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aTaskNumberTakenMeanwhileIsRefusedNotOverwritten(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            TaskStore tasks = MongoStores.create(b.mongo()).tasks();
            tasks.insert(task(1, "First"));

            assertThatThrownBy(() -> tasks.insert(task(1, "Second"))).isInstanceOf(ConcurrentChange.class);
            assertThat(tasks.find(C.id(), 1).orElseThrow().title()).isEqualTo("First");
            assertThat(tasks.list(C.id())).extracting(Task::title).containsExactly("First");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void moderatorsAddedAndARenameAtTheSameMomentAllStay(Function<Path, Backend> backend) throws Exception {
        try (Backend b = backend.apply(dir)) {
            CommunityStore communities = MongoStores.create(b.mongo()).communities();
            communities.ensure(C);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String member = "m" + i;
                writers.add(() -> communities.addModerator(C.id(), member));
            }
            CommunityRef renamed = new CommunityRef(Platform.SLACK, "T1", "Shop & Co");
            writers.add(() -> communities.ensure(renamed) != null);

            List<Future<Boolean>> done = pool.invokeAll(writers);
            pool.shutdown();

            for (Future<Boolean> f : done) {
                assertThat(f.get()).isTrue();
            }
            assertThat(communities.ensure(renamed).moderatorIds())
                    .containsExactlyInAnyOrder("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7");
            assertThat(b.mongo().getCollection("communities").find().first().get("name"))
                    .isEqualTo("Shop & Co");
            assertThat(communities.addModerator(C.id(), "m3")).as("already one").isFalse();
            assertThat(communities.removeModerator(C.id(), "m3")).isTrue();
            assertThat(communities.removeModerator(C.id(), "m3"))
                    .as("no longer one")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aStaleQuestionCannotOverwriteAResolvedOne(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            QuestionStore questions = MongoStores.create(b.mongo()).questions();
            Member alice = new Member("alice", "Alice");
            Member bob = new Member("bob", "Bob");
            questions.save(Question.ask(C.id(), 1, 1, "spring", alice, bob, "How?", NOW));
            Question resolving = questions.find(C.id(), 1).orElseThrow();
            Question replying = questions.find(C.id(), 1).orElseThrow();
            resolving.resolve(new Requester(C, bob, false), NOW, null);
            questions.save(resolving);

            replying.replied("bob", NOW);

            assertThatThrownBy(() -> questions.save(replying)).isInstanceOf(ConcurrentChange.class);
            assertThat(questions.find(C.id(), 1).orElseThrow().resolvedAt()).isEqualTo(NOW);
        }
    }

    static Task task(long number, String title) {
        return new Task(C.id(), number, title, "d", "x", new Budget(100, "USD"), List.of(), null, null, "mod", NOW);
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void staleSavesOfAProfileARosterAPlanAndACheckinAreRefused(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given each document stored once and read twice
            MongoStores stores = MongoStores.create(b.mongo());
            Profile profile = stores.profiles().save(Profile.empty(C.id(), ALICE));
            Roster roster = stores.rosters().save(Roster.empty(C.id(), "spring"));
            PairingPlan plan = stores.plans()
                    .save(new PairingPlan(
                            C.id(), "spring", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), NOW,
                            null));
            Checkin checkin =
                    stores.checkins().save(new Checkin(C, 7, "alice", CheckinSchedule.DEFAULT, NOW, null, 0, 0, null));

            // when the first copy of each is saved changed
            stores.profiles().save(profile.avoiding("bob", true));
            stores.rosters().save(roster.enrol(BOB, Role.MENTOR, true, NOW));
            stores.plans()
                    .save(new PairingPlan(
                            C.id(),
                            "spring",
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of("alice"),
                            List.of(),
                            List.of(),
                            NOW,
                            plan.version()));
            stores.checkins().save(checkin.prompted(NOW, NOW.plusSeconds(60)));

            // then the second, stale copy of each is refused and the first change stays
            assertThatThrownBy(() -> stores.profiles().save(profile.avoiding("carol", true)))
                    .isInstanceOf(ConcurrentChange.class);
            assertThatThrownBy(() -> stores.rosters().save(roster.enrol(ALICE, Role.INTERN, true, NOW)))
                    .isInstanceOf(ConcurrentChange.class);
            assertThatThrownBy(() -> stores.plans().save(plan)).isInstanceOf(ConcurrentChange.class);
            assertThatThrownBy(() -> stores.checkins().save(checkin.reschedule(CheckinSchedule.DEFAULT, NOW)))
                    .isInstanceOf(ConcurrentChange.class);
            assertThat(stores.profiles().find(C.id(), "alice").orElseThrow().avoid())
                    .containsExactly("bob");
            assertThat(stores.rosters().find(C.id(), "spring").orElseThrow().enrollees())
                    .extracting(e -> e.member().id())
                    .containsExactly("bob");
            assertThat(stores.plans().find(C.id(), "spring").orElseThrow().asked())
                    .containsExactly("alice");
            assertThat(stores.checkins().find(C.id(), 7).orElseThrow().prompt()).isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void ofTwoModeratorsApprovingOrPayingAtOnceTheSecondIsRefused(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an internship's pay, not approved yet
            PayoutStore payouts = MongoPayoutStore.create(b.mongo());

            // when two moderators approve it from the same pending state, then two pay it
            payouts.save(approved("mod1"));
            Throwable secondApproval = catchThrowable(() -> payouts.save(approved("mod2")));
            payouts.save(paid("mod1", "ref-1"));
            Throwable secondPayment = catchThrowable(() -> payouts.save(paid("mod2", "ref-2")));

            // then the second of each is refused and the first stays
            assertThat(secondApproval).isInstanceOf(ConcurrentChange.class);
            assertThat(secondPayment).isInstanceOf(ConcurrentChange.class);
            Payout stored = payouts.find(C.id(), 7).orElseThrow();
            assertThat(stored.state()).isEqualTo(PayState.PAID);
            assertThat(stored.approvedBy()).isEqualTo("mod1");
            assertThat(stored.reference()).isEqualTo("ref-1");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void ofTwoModeratorsDecidingAnAppealAtOnceTheSecondIsRefused(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an open appeal, read by two moderators
            AppealStore appeals = MongoAppealStore.create(b.mongo());
            appeals.insert(appeal(null, null, null));
            Appeal upholding = appeals.find(C.id(), 1).orElseThrow();
            Appeal askingASecond = appeals.find(C.id(), 1).orElseThrow();

            // when the first upholds it and the second, from the same open state, asks for a second review
            appeals.save(decided(upholding, AppealOutcome.UPHOLD, "mod1", null));
            Throwable second =
                    catchThrowable(() -> appeals.save(decided(askingASecond, AppealOutcome.SECOND, "mod2", "carol")));

            // then the second is refused; tried again it finds the appeal decided
            assertThat(second).isInstanceOf(ConcurrentChange.class);
            Appeal retried = appeals.find(C.id(), 1).orElseThrow();
            assertThat(retried.outcome()).isEqualTo(AppealOutcome.UPHOLD);
            assertThat(retried.decidedBy()).isEqualTo("mod1");
            assertThat(retried.open()).isFalse();
            assertThat(appeals.open(C.id())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void awayPeriodsDeclaredAtTheSameMomentAreBothKept(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a member's away periods read twice before any were stored
            AwayStore away = MongoAwayStore.create(b.mongo());
            AwayPeriods first = away.periods(C.id(), "alice");
            AwayPeriods second = away.periods(C.id(), "alice");

            // when both add a period on what they read
            away.savePeriods(C.id(), "alice", first.with(List.of(period(1, 3))));
            Throwable stale =
                    catchThrowable(() -> away.savePeriods(C.id(), "alice", second.with(List.of(period(10, 12)))));

            // then the second is refused; tried again on what the first left, both stay
            assertThat(stale).isInstanceOf(ConcurrentChange.class);
            AwayPeriods again = away.periods(C.id(), "alice");
            away.savePeriods(C.id(), "alice", again.with(List.of(period(1, 3), period(10, 12))));
            assertThat(away.periods(C.id(), "alice").list()).containsExactly(period(1, 3), period(10, 12));

            // and a clear made from a copy read before that change is refused too, instead of dropping it
            assertThatThrownBy(() -> away.savePeriods(C.id(), "alice", again.with(List.of())))
                    .isInstanceOf(ConcurrentChange.class);
            assertThat(away.periods(C.id(), "alice").list()).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void holidaysDeclaredByTwoModeratorsAtOnceAreBothKept(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given the community's holidays, one stored, read by two moderators
            AwayStore away = MongoAwayStore.create(b.mongo());
            away.saveHolidays(C.id(), away.holidays(C.id()).with(List.of(holiday(24, "Eve"))));
            Holidays first = away.holidays(C.id());
            Holidays second = away.holidays(C.id());

            // when each adds a day on what they read
            away.saveHolidays(C.id(), first.with(List.of(holiday(24, "Eve"), holiday(25, "Day"))));
            Throwable stale = catchThrowable(() ->
                    away.saveHolidays(C.id(), second.with(List.of(holiday(24, "Eve"), holiday(31, "Year end")))));

            // then the second is refused; tried again, all three stay
            assertThat(stale).isInstanceOf(ConcurrentChange.class);
            Holidays again = away.holidays(C.id());
            List<Holiday> days = new ArrayList<>(again.days());
            days.add(holiday(31, "Year end"));
            away.saveHolidays(C.id(), again.with(days));
            assertThat(away.holidays(C.id()).days())
                    .containsExactly(holiday(24, "Eve"), holiday(25, "Day"), holiday(31, "Year end"));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anAppealAwayDaysAndHolidaysStoredWithoutAVersionCanBeUpdatedOnce(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an appeal, away days and holidays stored by an older version, without a version field
            var mongo = b.mongo();
            mongo.getCollection("appeals")
                    .insertOne(new Document("_id", C.id() + "/M1 review")
                            .append("communityId", C.id())
                            .append("number", 1L)
                            .append("internship", 1L)
                            .append("decision", "M1 review")
                            .append("reason", "unfair")
                            .append("by", "alice")
                            .append("at", java.util.Date.from(NOW)));
            AwayStore before = MongoAwayStore.create(mongo);
            before.savePeriods(C.id(), "alice", AwayPeriods.NONE.with(List.of(new AwayPeriod(day(1), day(3), null))));
            before.saveHolidays(C.id(), Holidays.NONE.with(List.of(holiday(24, "Eve"))));
            for (String collection : List.of("away", "holidays")) {
                mongo.getCollection(collection)
                        .updateMany(new Document(), new Document("$unset", new Document("version", "")));
            }
            mongo.getCollection(Migrations.COLLECTION).deleteMany(new Document());
            AppealStore appeals = MongoAppealStore.create(mongo);
            AwayStore away = MongoAwayStore.create(mongo);
            Appeal staleAppeal = appeals.find(C.id(), 1).orElseThrow();
            AwayPeriods stalePeriods = away.periods(C.id(), "alice");
            Holidays staleHolidays = away.holidays(C.id());

            // when each is changed once
            appeals.save(decided(appeals.find(C.id(), 1).orElseThrow(), AppealOutcome.UPHOLD, "mod1", null));
            away.savePeriods(C.id(), "alice", away.periods(C.id(), "alice").with(List.of()));
            away.saveHolidays(C.id(), away.holidays(C.id()).with(List.of()));

            // then the change is stored, and the copies read before it are refused
            assertThat(appeals.find(C.id(), 1).orElseThrow().outcome()).isEqualTo(AppealOutcome.UPHOLD);
            assertThat(stalePeriods.list()).containsExactly(new AwayPeriod(day(1), day(3), null));
            assertThat(away.periods(C.id(), "alice").list()).isEmpty();
            assertThat(staleHolidays.days()).containsExactly(holiday(24, "Eve"));
            assertThat(away.holidays(C.id()).days()).isEmpty();
            assertThatThrownBy(() -> appeals.save(decided(staleAppeal, AppealOutcome.CHANGE, "mod2", null)))
                    .isInstanceOf(ConcurrentChange.class);
            assertThatThrownBy(() -> away.savePeriods(C.id(), "alice", stalePeriods))
                    .isInstanceOf(ConcurrentChange.class);
            assertThatThrownBy(() -> away.saveHolidays(C.id(), staleHolidays)).isInstanceOf(ConcurrentChange.class);
        }
    }

    static final Requester MOD1 = new Requester(C, new Member("mod1", "Mod One"), true);
    static final Requester MOD2 = new Requester(C, new Member("mod2", "Mod Two"), true);

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void twoModeratorsChangingTheRhythmAtOnceBothKeepTheirChange(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a rhythm with a longer review wait, and a second moderator who sets the stall days
            // while the first one's change of the answer window is under way
            RhythmStore rhythms = MongoStores.create(b.mongo()).rhythms();
            rhythms.change(C.id(), RhythmChange.typed(null, 72L, null, null, null));
            Meanwhile meanwhile = new Meanwhile(() ->
                    new SetRhythm(rhythms, id -> {}).execute(new SetRhythm.Command(MOD2, null, null, null, 3L, null)));
            RhythmStore underWay = new RhythmStore() {
                @Override
                public Rhythm of(String communityId) {
                    return meanwhile.after(rhythms.of(communityId));
                }

                @Override
                public Rhythm change(String communityId, RhythmChange change) {
                    return meanwhile.after(rhythms.change(communityId, change));
                }
            };

            // when the first moderator sets the answer window
            new SetRhythm(underWay, id -> {}).execute(new SetRhythm.Command(MOD1, 12L, null, null, null, null));

            // then both changes and the earlier one stay
            assertThat(meanwhile.ran()).isTrue();
            assertThat(rhythms.of(C.id()))
                    .isEqualTo(new Rhythm(Duration.ofHours(12), Duration.ofHours(72), Duration.ofHours(24), 3, 2));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void twoModeratorsChangingPeerHelpAtOnceBothKeepTheirChange(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a second moderator who sets the fallback channel while the first one turns peer help off
            PeerHelpSettingsStore settings = MongoStores.create(b.mongo()).peerHelp();
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo());
            Meanwhile meanwhile =
                    new Meanwhile(() -> new SetPeerHelp(settings, queue, Clock.systemUTC()).execute(MOD2, null, "C9"));
            PeerHelpSettingsStore underWay = new PeerHelpSettingsStore() {
                @Override
                public PeerHelpSettings of(String communityId) {
                    return meanwhile.after(settings.of(communityId));
                }

                @Override
                public PeerHelpSettings change(String communityId, PeerHelpChange change) {
                    return meanwhile.after(settings.change(communityId, change));
                }
            };

            // when the first moderator turns it off
            new SetPeerHelp(underWay, queue, Clock.systemUTC()).execute(MOD1, "off", null);

            // then peer help is off and the channel stays
            assertThat(meanwhile.ran()).isTrue();
            assertThat(settings.of(C.id()))
                    .isEqualTo(new PeerHelpSettings(C.id(), false, PeerHelpSettings.DEFAULT_HOURS, "C9"));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void twoModeratorsChangingACohortsCheckinsAtOnceBothKeepTheirChange(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a cohort, and a second moderator who sets its quiet hours while the first one sets its days
            MongoStores stores = MongoStores.create(b.mongo());
            stores.cohorts().insert(Cohort.create(C.id(), "Spring", null, null, null, "mod", NOW));
            CheckinDefaults defaults = stores.checkinDefaults();
            Meanwhile meanwhile = new Meanwhile(() -> new SetCohortCheckins(stores.cohorts(), defaults)
                    .execute(new SetCohortCheckins.Command(MOD2, "spring", null, null, "23-7")));
            CheckinDefaults underWay = new CheckinDefaults() {
                @Override
                public Optional<CheckinSchedule> find(String communityId, String cohortName) {
                    return meanwhile.after(defaults.find(communityId, cohortName));
                }

                @Override
                public CheckinSchedule change(String communityId, String cohortName, ScheduleChange change) {
                    return meanwhile.after(defaults.change(communityId, cohortName, change));
                }
            };

            // when the first moderator sets the days
            new SetCohortCheckins(stores.cohorts(), underWay)
                    .execute(new SetCohortCheckins.Command(MOD1, "Spring", "mon,thu", null, null));

            // then both changes stay, and the time is the default's
            assertThat(meanwhile.ran()).isTrue();
            assertThat(defaults.find(C.id(), "SPRING"))
                    .contains(new CheckinSchedule(
                            Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(10, 0), 23, 7));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void settingsStoredByAnOlderVersionLoadAndKeepWhatAChangeDoesNotName(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a rhythm, peer-help settings and a check-in default saved whole by an older version
            var mongo = b.mongo();
            mongo.getCollection("rhythms")
                    .insertOne(new Document("_id", C.id())
                            .append("answerHours", 10L)
                            .append("reviewHours", 20L)
                            .append("questionHours", 30L)
                            .append("stallDays", 4)
                            .append("missedInRow", 3));
            mongo.getCollection("peer_help_settings")
                    .insertOne(new Document("_id", C.id())
                            .append("enabled", false)
                            .append("hours", 6)
                            .append("channelId", "C1"));
            mongo.getCollection("checkinDefaults")
                    .insertOne(new Document("_id", C.id() + "/spring")
                            .append("communityId", C.id())
                            .append("days", List.of("TUESDAY"))
                            .append("time", "09:30")
                            .append("quietFrom", 21)
                            .append("quietTo", 9));
            MongoStores stores = MongoStores.create(mongo);

            // when each is read, then changed in one part
            Rhythm rhythm = stores.rhythms().of(C.id());
            PeerHelpSettings peerHelp = stores.peerHelp().of(C.id());
            Optional<CheckinSchedule> checkins = stores.checkinDefaults().find(C.id(), "Spring");
            Rhythm rhythmChanged = stores.rhythms().change(C.id(), RhythmChange.typed(null, null, null, 7L, null));
            PeerHelpSettings peerHelpChanged = stores.peerHelp().change(C.id(), PeerHelpChange.typed("8", null));
            CheckinSchedule checkinsChanged =
                    stores.checkinDefaults().change(C.id(), "Spring", ScheduleChange.typed(null, "11:00", null));

            // then they load as stored, and each change keeps the parts it does not name
            assertThat(rhythm)
                    .isEqualTo(new Rhythm(Duration.ofHours(10), Duration.ofHours(20), Duration.ofHours(30), 4, 3));
            assertThat(peerHelp).isEqualTo(new PeerHelpSettings(C.id(), false, 6, "C1"));
            assertThat(checkins).contains(new CheckinSchedule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(9, 30), 21, 9));
            assertThat(rhythmChanged)
                    .isEqualTo(new Rhythm(Duration.ofHours(10), Duration.ofHours(20), Duration.ofHours(30), 7, 3))
                    .isEqualTo(stores.rhythms().of(C.id()));
            assertThat(peerHelpChanged)
                    .isEqualTo(new PeerHelpSettings(C.id(), true, 8, "C1"))
                    .isEqualTo(stores.peerHelp().of(C.id()));
            assertThat(checkinsChanged)
                    .isEqualTo(new CheckinSchedule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(11, 0), 21, 9));
            assertThat(stores.checkinDefaults().find(C.id(), "spring")).contains(checkinsChanged);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aQuestionResolvedWhileItsAskerIsErasedStaysResolved(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given Alice's question, and Bob resolving it just as the erasure of Alice rewrites it
            QuestionStore questions = MongoStores.create(b.mongo()).questions();
            questions.save(Question.ask(C.id(), 1, 1, "spring", ALICE, BOB, "How?", NOW));
            AtomicBoolean resolved = new AtomicBoolean();
            b.beforeEachCommand(command -> {
                if (isReplaceIn("questions", command) && resolved.compareAndSet(false, true)) {
                    Question q = questions.find(C.id(), 1).orElseThrow();
                    q.resolve(new Requester(C, BOB, false), NOW, null);
                    questions.save(q);
                }
            });

            // when Alice is erased
            MongoRightsStores.create(b.mongo())
                    .records()
                    .erase(C.id(), "alice", Pseudonym.fresh(), new ErasureLog(NOW, "mod", CredentialChoice.KEEP));

            // then the question is both resolved and no longer names her
            assertThat(resolved).isTrue();
            Question after = questions.find(C.id(), 1).orElseThrow();
            assertThat(after.resolvedAt()).isEqualTo(NOW);
            assertThat(b.mongo().getCollection("questions").find().first().toJson())
                    .doesNotContain("alice", "Alice");
        }
    }

    /** An update command to {@code collection} that replaces a document (its update has no operator). */
    static boolean isReplaceIn(String collection, BsonDocument command) {
        return command.containsKey("update")
                && command.getString("update").getValue().equals(collection)
                && command.getArray("updates").stream()
                        .map(u -> u.asDocument().getDocument("u"))
                        .anyMatch(u -> u.keySet().stream().noneMatch(k -> k.startsWith("$")));
    }

    /** Another moderator's whole command, run once, right after the first store call of the command under test. */
    static final class Meanwhile {

        private Runnable other;
        private boolean ran;

        Meanwhile(Runnable other) {
            this.other = other;
        }

        <T> T after(T result) {
            Runnable once = other;
            other = null;
            if (once != null) {
                once.run();
                ran = true;
            }
            return result;
        }

        boolean ran() {
            return ran;
        }
    }

    static Appeal appeal(AppealOutcome outcome, String decidedBy, String reviewer) {
        return new Appeal(
                C.id(), 1, 1, 1L, "M1 review", "unfair", "alice", NOW, outcome, null, decidedBy, null, reviewer, null);
    }

    static Appeal decided(Appeal a, AppealOutcome outcome, String by, String reviewer) {
        return a.decided(outcome, "note", by, NOW, reviewer);
    }

    static LocalDate day(int december) {
        return LocalDate.of(2026, 12, december);
    }

    static AwayPeriod period(int from, int to) {
        return new AwayPeriod(day(from), day(to), "away " + from);
    }

    static Holiday holiday(int december, String name) {
        return new Holiday(day(december), name);
    }

    static Payout approved(String by) {
        return new Payout(C.id(), 7, PayState.APPROVED, by, NOW, null, null, null);
    }

    static Payout paid(String by, String reference) {
        return new Payout(C.id(), 7, PayState.PAID, "mod1", NOW, by, NOW, reference);
    }
}
