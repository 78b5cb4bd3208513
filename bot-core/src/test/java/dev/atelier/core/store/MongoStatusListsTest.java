package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.credential.Recipient;
import dev.atelier.core.credential.StatusSlot;
import dev.atelier.core.testing.TestAtelier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status list indexes and recipients on the embedded MongoDB server with the real driver. */
class MongoStatusListsTest {

    TestAtelier atelier;
    MongoCredentialStores stores;

    @BeforeEach
    void start() {
        atelier = TestAtelier.start(List.of(), List.of());
        stores = MongoCredentialStores.create(atelier.mongo());
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    /** Draws the given numbers in order. */
    static RandomGenerator drawing(Integer... numbers) {
        Deque<Integer> queue = new ArrayDeque<>(List.of(numbers));
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                return queue.removeFirst();
            }
        };
    }

    @Test
    void aDrawnIndexAlreadyTakenIsDrawnAgainAndListsArePerCommunity() {
        StatusSlot first = stores.statusLists().assign("discord:1", drawing(42));
        StatusSlot second = stores.statusLists().assign("discord:1", drawing(42, 42, 7));
        StatusSlot elsewhere = stores.statusLists().assign("slack:T1", drawing(42));

        assertThat(first.index()).isEqualTo(42);
        assertThat(second).isEqualTo(new StatusSlot(first.listId(), 7));
        assertThat(elsewhere.index()).isEqualTo(42);
        assertThat(elsewhere.listId()).isNotEqualTo(first.listId());
        assertThat(stores.statusLists().find(first.listId()).orElseThrow().communityId())
                .isEqualTo("discord:1");

        stores.statusLists().revoke(second);
        stores.statusLists().revoke(second);

        assertThat(stores.statusLists().find(first.listId()).orElseThrow().revoked())
                .containsExactly(7);
        assertThat(stores.statusLists().find(elsewhere.listId()).orElseThrow().revoked())
                .isEmpty();
        assertThat(stores.statusLists().find("nope-1")).isEmpty();
    }

    @Test
    void aMemberKeepsOneSubjectIdPerCommunityAndChoosesWhetherTheNameShows() {
        Recipient alice = stores.recipients().of("discord:1", "alice");

        assertThat(stores.recipients().of("discord:1", "alice")).isEqualTo(alice);
        assertThat(stores.recipients().of("slack:T1", "alice").subjectId()).isNotEqualTo(alice.subjectId());
        assertThat(alice.showName()).isFalse();
        assertThat(alice.identifier("Alice")).containsEntry("hashed", true).doesNotContainValue("Alice");

        stores.recipients().showName("discord:1", "alice", true);

        Recipient shown = stores.recipients().of("discord:1", "alice");
        assertThat(shown.subjectId()).isEqualTo(alice.subjectId());
        assertThat(shown.identifier("Alice")).containsEntry("hashed", false).containsEntry("identityHash", "Alice");
    }
}
