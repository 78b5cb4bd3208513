package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.matching.Proposal;
import dev.atelier.core.pairing.PairingPlan;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.testing.TestAtelier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles, rosters and pairing plans against a real MongoDB-wire server: round trips, tenancy, locking. */
class MongoMatchingStoresTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Member ALICE = new Member("alice", "Alice");

    TestAtelier atelier;
    MongoStores stores;

    @BeforeEach
    void start() {
        atelier = TestAtelier.start(List.of(), List.of());
        stores = MongoStores.create(atelier.mongo());
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    @Test
    void aProfileRoundTripsWithDottedSkillNamesAndStaysInItsCommunity() {
        Profile saved = stores.profiles()
                .save(Profile.empty("T1", ALICE)
                        .change(new Profile.Changes(
                                "node.js:4, sql", "go", "backend", "Europe/Paris", "9-17", 10L, "bio", "rails", 2L))
                        .pauseUntil(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 23))
                        .avoiding("bob", true));
        Profile loaded = stores.profiles().find("T1", "alice").orElseThrow();
        assertThat(loaded.skills()).containsEntry("node.js", 4).containsEntry("sql", 2);
        assertThat(loaded).usingRecursiveComparison().ignoringFields("version").isEqualTo(saved);
        assertThat(stores.profiles().find("T2", "alice")).isEmpty();
        assertThat(stores.profiles().findAll("T2", List.of("alice"))).isEmpty();
        assertThat(stores.profiles().findAll("T1", List.of("alice", "nobody"))).hasSize(1);
    }

    @Test
    void aStaleProfileRosterOrPlanIsNotSavedOverANewerOne() {
        Profile first = stores.profiles()
                .save(Profile.empty("T1", ALICE)
                        .change(new Profile.Changes(null, "go", null, null, null, null, null, null, null)));
        stores.profiles()
                .save(first.change(new Profile.Changes(null, "rust", null, null, null, null, null, null, null)));
        assertThatThrownBy(() -> stores.profiles().save(first)).isInstanceOf(ConcurrentChange.class);

        Roster roster = stores.rosters().save(Roster.empty("T1", "Spring").enrol(ALICE, Role.INTERN, true, NOW));
        stores.rosters().save(roster.withTask(1, 2));
        assertThatThrownBy(() -> stores.rosters().save(roster.requireApproval(true)))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(stores.rosters().find("T1", "spring").orElseThrow().tasks())
                .containsExactly(new Roster.CohortTask(1, 2));
        assertThat(stores.rosters().find("T2", "spring")).isEmpty();

        PairingPlan plan = stores.plans()
                .save(PairingPlan.empty("T1", "Spring", NOW)
                        .withPairs(
                                List.of(new Proposal.Pair(
                                        "alice", "Alice", "bob", "Bob", 1, "Shop", 40, "Go in common")),
                                List.of(new Proposal.LeftOut("carl", "Carl", "intern", "paused until 2027-01-01"))));
        assertThat(stores.plans().find("T1", "spring").orElseThrow().pairs())
                .singleElement()
                .satisfies(p -> assertThat(p.reasons()).isEqualTo("Go in common"));
        stores.plans().save(plan.withAnswers(List.of("alice"), List.of(), List.of()));
        assertThatThrownBy(() -> stores.plans().save(plan)).isInstanceOf(ConcurrentChange.class);
        stores.plans().delete("T2", "spring");
        assertThat(stores.plans().find("T1", "spring")).isPresent();
        stores.plans().delete("T1", "spring");
        assertThat(stores.plans().find("T1", "spring")).isEmpty();
    }
}
