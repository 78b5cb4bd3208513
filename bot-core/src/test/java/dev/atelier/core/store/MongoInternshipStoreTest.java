package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Verdict;
import dev.atelier.core.pay.PaySplit;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.SplitRule;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.Budget;
import dev.atelier.core.testing.TestAtelier;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The internship store against a real MongoDB-wire server: round trips, lookups, optimistic locking. */
class MongoInternshipStoreTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "t1");
    static final Requester ALICE = new Requester(C, new Member("alice", "Alice"), false);
    static final Requester BOB = new Requester(C, new Member("bob", "Bob"), false);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    TestAtelier atelier;
    InternshipStore store;

    @BeforeEach
    void start() {
        atelier = TestAtelier.start(List.of(), List.of());
        store = MongoStores.create(atelier.mongo()).internships();
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    Internship newInternship(long number) {
        return Internship.start(
                new InternshipData(C.id(), number, ALICE.member(), BOB.member(), 7, "Shop", "spring", NOW, null),
                new Member("mod", "Mod"),
                NOW);
    }

    @Test
    void hoursReviewStatementAndCredentialRoundTripAndAreFoundByTheirIds() {
        Internship i = store.save(newInternship(1));
        i.planning().add(BOB, 3, "Design", null, null, NOW);
        i.submit(ALICE, 3, URI.create("https://x.org/1"), null, NOW);
        i.review(BOB, 3, Verdict.APPROVE, null, NOW);
        i.hoursLog().log(ALICE, 11, 150, "layout", NOW);
        i.hoursLog().log(BOB, 12, 30, null, NOW);
        FinalReview review = new FinalReview(8, List.of("css"), "tidy", "Great work.", "bob", NOW);
        PayStatement statement =
                PaySplit.compute(Budget.parse("100.01 USD"), SplitRule.DEFAULT, ALICE.member(), 150, BOB.member(), 30);
        i.complete(
                BOB,
                review,
                statement,
                IssuedCredential.issued("0b7e0f5e-1c55-4c1e-9f1a-4f4a2b6c8d90", "tok", NOW),
                NOW);
        store.save(i);
        Internship other = newInternship(2);
        store.save(new Internship(
                new InternshipData("slack:T2", 1, ALICE.member(), BOB.member(), 7, "Shop", "spring", NOW, null),
                InternshipStatus.ACTIVE,
                null,
                List.of(),
                List.of()));

        Internship loaded =
                store.findByCredential("0b7e0f5e-1c55-4c1e-9f1a-4f4a2b6c8d90").orElseThrow();

        assertThat(loaded.number()).isEqualTo(1);
        assertThat(loaded.hours()).extracting(HoursEntry::minutes).containsExactly(150, 30);
        assertThat(loaded.completion().review()).isEqualTo(review);
        assertThat(loaded.completion().statement()).isEqualTo(statement);
        assertThat(loaded.completion().credential().token()).isEqualTo("tok");
        assertThat(store.findByHoursEntry(C.id(), 12)).map(Internship::number).contains(1L);
        assertThat(store.findByHoursEntry("slack:T2", 12)).isEmpty();
        assertThat(store.findByCredential("00000000-0000-4000-8000-000000000000"))
                .isEmpty();
        store.save(other);
        assertThat(store.findByCohort(C.id(), "spring"))
                .extracting(Internship::number)
                .containsExactly(2L, 1L);
    }

    @Test
    void theWholeAggregateRoundTripsAsOneDocument() {
        Internship i = store.save(newInternship(1));
        i.planning().add(BOB, 3, "Design", "criteria", LocalDate.of(2026, 12, 1), NOW);
        i.submit(ALICE, 3, URI.create("https://x.org/1"), "notes", NOW);
        i.review(BOB, 3, Verdict.CHANGES, "more", NOW);
        i.attachWorkspace("C9");
        store.save(i);

        Internship loaded = store.findByMilestone(C.id(), 3).orElseThrow();

        assertThat(loaded.data().version()).isEqualTo(1L);
        assertThat(loaded.workspaceChannelId()).isEqualTo("C9");
        assertThat(loaded.milestone(3).status()).isEqualTo(MilestoneStatus.CHANGES_REQUESTED);
        assertThat(loaded.milestone(3).latestSubmission().link()).hasToString("https://x.org/1");
        assertThat(loaded.milestone(3).due()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(loaded.milestone(3).latestReview().feedback()).isEqualTo("more");
        assertThat(loaded.timeline()).hasSize(4);
        assertThat(atelier.mongo().getCollection("internships").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        store.save(newInternship(1));
        Internship first = store.find(C.id(), 1).orElseThrow();
        Internship second = store.find(C.id(), 1).orElseThrow();
        first.planning().add(BOB, 1, "One", null, null, NOW);
        store.save(first);

        second.planning().add(BOB, 2, "Two", null, null, NOW);

        assertThatThrownBy(() -> store.save(second)).isInstanceOf(ConcurrentChange.class);
        assertThat(store.find(C.id(), 1).orElseThrow().milestones())
                .extracting(m -> m.title())
                .containsExactly("One");
    }

    @Test
    void lookupsStayInsideTheCommunity() {
        store.save(newInternship(1));

        assertThat(store.find("slack:T2", 1)).isEmpty();
        assertThat(store.findByMember("slack:T2", "alice")).isEmpty();
        assertThat(store.findByMember(C.id(), "alice")).hasSize(1);
        assertThat(store.findByMember(C.id(), "bob")).hasSize(1);
        assertThat(store.findByMember(C.id(), "eve")).isEmpty();
    }

    @Test
    void internshipsAreListedByStatusNewestFirst() {
        store.save(newInternship(1));
        store.save(newInternship(2));
        Internship third = newInternship(3);
        third.withdraw(new Requester(C, new Member("mod", "Mod"), true), "left", NOW);
        store.save(third);

        assertThat(store.list(C.id(), InternshipStatus.ACTIVE, 10))
                .extracting(Internship::number)
                .containsExactly(2L, 1L);
        assertThat(store.list(C.id(), InternshipStatus.WITHDRAWN, 10))
                .extracting(Internship::number)
                .containsExactly(3L);
        assertThat(store.list(C.id(), 2)).extracting(Internship::number).containsExactly(3L, 2L);
    }
}
