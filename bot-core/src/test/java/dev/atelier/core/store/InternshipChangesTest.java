package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinSchedule;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.question.Question;
import dev.atelier.core.shared.ConcurrentChange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The internship, question and check-in stores tell {@code InternshipChanges} after each save (the clock
 * plans a visit from it), with the internship the saved aggregate belongs to, and only once the write is in.
 */
class InternshipChangesTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Shop");
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Member ALICE = new Member("alice", "Alice");
    static final Member BOB = new Member("bob", "Bob");

    @Test
    void eachSaveTellsItsInternshipAndARefusedSaveTellsNothing() {
        try (Backend b = new Backend(new de.bwaldvogel.mongo.backend.memory.MemoryBackend())) {
            // given the stores created with a listener
            List<String> told = new CopyOnWriteArrayList<>();
            MongoStores stores = MongoStores.create(
                    b.mongo(), Clock.fixed(NOW, ZoneOffset.UTC), work -> (c, i) -> told.add(c + "#" + i));

            // when an internship, a question of internship 4 and the check-in of internship 7 are saved
            Internship started = stores.internships()
                    .save(Internship.start(
                            new InternshipData(C.id(), 3, ALICE, BOB, 1, "Shop", "spring", NOW, null), BOB, NOW));
            stores.questions().save(Question.ask(C.id(), 1, 4, "spring", ALICE, BOB, "How?", NOW));
            Checkin checkin =
                    stores.checkins().save(new Checkin(C, 7, "alice", CheckinSchedule.DEFAULT, NOW, null, 0, 0, null));

            // then each told its internship, once
            assertThat(told).containsExactly(C.id() + "#3", C.id() + "#4", C.id() + "#7");

            // when stale copies are saved after the stored ones changed
            stores.internships().save(started);
            stores.checkins().save(checkin.prompted(NOW, NOW.plusSeconds(60)));
            told.clear();
            Throwable staleInternship =
                    catchThrowable(() -> stores.internships().save(started));
            Throwable staleCheckin = catchThrowable(() -> stores.checkins().save(checkin));

            // then they are refused and nothing is told
            assertThat(staleInternship).isInstanceOf(ConcurrentChange.class);
            assertThat(staleCheckin).isInstanceOf(ConcurrentChange.class);
            assertThat(told).isEmpty();
        }
    }
}
