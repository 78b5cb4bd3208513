package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
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
import dev.atelier.core.profile.Profile;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.Budget;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two writers of one cohort, task, community, question, profile, roster, plan, check-in or pay state: both changes stay, or the second is refused and retried. */
class ConcurrentUpdatesTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Shop");
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");

    @TempDir
    Path dir;

    static Stream<Function<Path, Backend>> backends() {
        return Backend.both().stream();
    }

    @ParameterizedTest
    @MethodSource("backends")
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
    @MethodSource("backends")
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
    @MethodSource("backends")
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
    @MethodSource("backends")
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
    @MethodSource("backends")
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
    @MethodSource("backends")
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
    @MethodSource("backends")
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

    static Payout approved(String by) {
        return new Payout(C.id(), 7, PayState.APPROVED, by, NOW, null, null, null);
    }

    static Payout paid(String by, String reference) {
        return new Payout(C.id(), 7, PayState.PAID, "mod1", NOW, by, NOW, reference);
    }
}
