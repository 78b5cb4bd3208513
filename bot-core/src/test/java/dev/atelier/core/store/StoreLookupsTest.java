package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * Internships and questions are found by {@code _id} or through lookup keys found by {@code _id}, on
 * both embedded backends: the server scans the whole collection for any other filter.
 */
class StoreLookupsTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "t1");
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");
    static final Requester MENTOR = new Requester(C, BOB, false);
    static final Requester INTERN = new Requester(C, ALICE, false);
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Set<String> BY_ID = Set.of("_id");
    static final Set<String> BY_ID_AND_VERSION = Set.of("_id", "version");

    @TempDir
    Path dir;

    Internship started(long number, Member intern, String cohort) {
        return Internship.start(
                new InternshipData(C.id(), number, intern, BOB, 7, "Shop", cohort, NOW, null), BOB, NOW);
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void everyInternshipLookupIsAnIdGet(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two internships, one with a milestone, hours, a workspace and a credential
            var store = MongoStores.create(b.mongo()).internships();
            long first = store.nextInternshipNumber(C.id());
            Internship i = store.save(started(first, ALICE, "spring"));
            i.planning().add(MENTOR, store.nextMilestoneNumber(C.id()), "Design", null, null, NOW);
            i.hoursLog().log(INTERN, store.nextHoursEntryNumber(C.id()), 90, "layout", NOW);
            i.attachWorkspace("C9");
            store.save(i);
            long second = store.nextInternshipNumber(C.id());
            store.save(started(second, new Member("carol", "Carol"), "autumn"));
            b.clearFilters();

            // when the internship is looked up every way a command does
            assertThat(store.find(C.id(), first)).isPresent();
            assertThat(store.findByMember(C.id(), "alice"))
                    .extracting(Internship::number)
                    .containsExactly(first);
            assertThat(store.findByMember(C.id(), "bob"))
                    .extracting(Internship::number)
                    .containsExactly(second, first);
            assertThat(store.findByMilestone(C.id(), 1)).map(Internship::number).contains(first);
            assertThat(store.findByHoursEntry(C.id(), 1))
                    .map(Internship::number)
                    .contains(first);
            assertThat(store.findByWorkspace(C.id(), "C9"))
                    .map(Internship::number)
                    .contains(first);
            assertThat(store.findByCohort(C.id(), "autumn"))
                    .extracting(Internship::number)
                    .containsExactly(second);
            assertThat(store.list(C.id(), 10)).extracting(Internship::number).containsExactly(second, first);
            assertThat(store.list(C.id(), InternshipStatus.ACTIVE, 1))
                    .extracting(Internship::number)
                    .containsExactly(second);
            assertThat(store.findByMember("slack:T2", "alice")).isEmpty();
            assertThat(store.findByWorkspace(C.id(), "C10")).isEmpty();

            // then every filter sent was on _id alone
            assertThat(b.filters())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aSaveOfAKnownInternshipIsAnIdAndVersionWriteServedByAUniqueIndex(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            MongoTemplate mongo = b.mongo();
            var store = MongoStores.create(mongo).internships();
            Internship i = store.save(started(store.nextInternshipNumber(C.id()), ALICE, "spring"));
            b.clearFilters();

            i.planning().add(MENTOR, 4, "Design", null, null, NOW);
            store.save(i);

            assertThat(b.filters())
                    .extracting(BsonDocument::keySet)
                    .allSatisfy(keys -> assertThat(keys).isIn(BY_ID, BY_ID_AND_VERSION))
                    .contains(BY_ID_AND_VERSION);
            assertThat(mongo.indexOps("internships").getIndexInfo())
                    .filteredOn(IndexInfo::isUnique)
                    .extracting(IndexInfo::getName)
                    .contains("internship_identity", "internship_version");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aRemovedMilestoneIsNoLongerFoundThoughItsKeyStays(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            var store = MongoStores.create(b.mongo()).internships();
            Internship i = store.save(started(1, ALICE, "spring"));
            i.planning().add(MENTOR, 5, "Design", null, null, NOW);
            i = store.save(i);

            i.planning().remove(MENTOR, 5, NOW);
            store.save(i);

            assertThat(store.findByMilestone(C.id(), 5)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void theCredentialIsFoundByItsPublicIdAcrossCommunities(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            var store = MongoStores.create(b.mongo()).internships();
            store.save(new Internship(
                    new InternshipData(C.id(), 1, ALICE, BOB, 7, "Shop", "spring", NOW, null),
                    InternshipStatus.COMPLETED,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    new Completion(null, null, IssuedCredential.issued("cred-1", "tok", NOW), null, null)));
            b.clearFilters();

            assertThat(store.findByCredential("cred-1")).map(Internship::number).contains(1L);
            assertThat(store.findByCredential("cred-2")).isEmpty();
            assertThat(b.filters()).allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void questionsAreFoundByInternshipMentorAndThreadThroughIdGets(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            QuestionStore store = MongoStores.create(b.mongo()).questions();
            Question asked =
                    store.save(Question.ask(C.id(), store.nextNumber(C.id()), 4, "spring", ALICE, BOB, "How?", NOW));
            store.save(Question.ask(
                    C.id(), store.nextNumber(C.id()), 5, "spring", ALICE, new Member("dan", "Dan"), "Why?", NOW));
            store.recordThread(C.id(), asked.number(), new ThreadRef("C1", "T-1", null));
            b.clearFilters();

            assertThat(store.ofInternship(C.id(), 4))
                    .extracting(Question::number)
                    .containsExactly(1L);
            assertThat(store.waitingFor(C.id(), "bob"))
                    .extracting(Question::number)
                    .containsExactly(1L);
            assertThat(store.waitingFor(C.id(), "dan"))
                    .extracting(Question::number)
                    .containsExactly(2L);
            assertThat(store.findByThread(C.id(), "T-1")).map(Question::number).contains(1L);
            assertThat(store.findByThread(C.id(), "T-2")).isEmpty();
            assertThat(store.findByThread("slack:T2", "T-1")).isEmpty();
            assertThat(b.filters()).allSatisfy(f -> assertThat(f.keySet()).isEqualTo(BY_ID));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void internshipsStoredBeforeLookupKeysAreFoundAfterAOneTimeMigration(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given internships written as the older version wrote them: no keys, no counter, old indexes
            MongoTemplate mongo = b.mongo();
            mongo.getCollection("internships")
                    .insertMany(List.of(oldInternship(1, "alice"), oldInternship(2, "carol")));
            mongo.getCollection("tasks").createIndex(new Document("communityId", 1).append("number", 1));

            // when the stores start twice (the second start finds the migration done)
            MongoStores.create(mongo);
            var store = MongoStores.create(mongo).internships();

            // then they are found by member, milestone and workspace, listed, and each key lists them once
            assertThat(store.findByMember(C.id(), "bob"))
                    .extracting(Internship::number)
                    .containsExactly(2L, 1L);
            assertThat(store.findByMilestone(C.id(), 11))
                    .map(Internship::number)
                    .contains(1L);
            assertThat(store.findByWorkspace(C.id(), "W2"))
                    .map(Internship::number)
                    .contains(2L);
            assertThat(store.list(C.id(), 5)).extracting(Internship::number).containsExactly(2L, 1L);
            assertThat(mongo.getCollection("internship_keys")
                            .find(new Document("_id", C.id() + "/member/bob"))
                            .first()
                            .getList("numbers", Long.class))
                    .containsExactly(1L, 2L);
            assertThat(mongo.indexOps("tasks").getIndexInfo())
                    .extracting(IndexInfo::getName)
                    .contains("task_identity")
                    .doesNotContain("communityId_1_number_1");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aSecondInternshipWithTheSameCommunityAndNumberIsRefused(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            MongoTemplate mongo = b.mongo();
            MongoStores.create(mongo);
            mongo.getCollection("internships").insertOne(oldInternship(1, "alice"));

            Document copy = oldInternship(1, "alice").append("_id", "copy");

            assertThatThrownBy(() -> mongo.getCollection("internships").insertOne(copy))
                    .satisfiesAnyOf(
                            e -> assertThat(e).isInstanceOf(DuplicateKeyException.class),
                            e -> assertThat(e).hasMessageContaining("E11000"));
        }
    }

    /** An internship document as the version before lookup keys wrote it. */
    static Document oldInternship(long number, String intern) {
        return new Document("_id", C.id() + "/" + number)
                .append("version", 0L)
                .append("communityId", C.id())
                .append("number", number)
                .append("intern", new Document("_id", intern).append("name", intern))
                .append("mentor", new Document("_id", "bob").append("name", "Bob"))
                .append("memberIds", List.of(intern, "bob"))
                .append("taskNumber", 7L)
                .append("taskTitle", "Shop")
                .append("cohortName", "spring")
                .append("status", "ACTIVE")
                .append("workspaceChannelId", "W" + number)
                .append(
                        "milestones",
                        List.of(new Document("number", 10L + number)
                                .append("title", "Design")
                                .append("status", "PLANNED")
                                .append("submissions", List.of())
                                .append("reviews", List.of())))
                .append("timeline", List.of())
                .append("createdAt", java.util.Date.from(NOW))
                .append("hours", List.of())
                .append("_class", "dev.atelier.core.store.InternshipDocument");
    }
}
