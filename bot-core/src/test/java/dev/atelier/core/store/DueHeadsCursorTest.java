package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Due heads found by their ids from the cursor, on both embedded backends: a claim reads the minutes since the
 * oldest pending head, not every head; what is planned behind the cursor, or while a claimer moves it, is claimed.
 */
class DueHeadsCursorTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "Acme");

    @TempDir
    Path dir;

    static DueItem item(int number, Instant dueAt) {
        return DueItem.of("test", C, number, number, "", "u" + number, dueAt);
    }

    static List<Claimed> drain(DueWork due, Instant now) {
        List<Claimed> all = new ArrayList<>();
        for (List<Claimed> c = due.claim("i", now, Duration.ofMinutes(5), 100);
                !c.isEmpty();
                c = due.claim("i", now, Duration.ofMinutes(5), 100)) {
            due.done(c, now);
            all.addAll(c);
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aClaimReadsTheMinutesSinceTheOldestPendingHeadNotEveryHead(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a year of items planned, one a day, and today's done
            DueWork due = MongoStores.create(b.mongo()).dueWork();
            List<DueItem> year = new ArrayList<>();
            for (int day = 0; day < 365; day++) {
                year.add(item(day, T0.plus(Duration.ofDays(day))));
            }
            due.planAll(year);
            assertThat(drain(due, T0.plusSeconds(30))).hasSize(1);
            b.clearFilters();

            // when the clock claims again an hour later (nothing due)
            List<Claimed> none = due.claim("i", T0.plus(Duration.ofHours(1)), Duration.ofMinutes(5), 100);

            // then it read the cursor and the heads of that hour's minutes by id, not the 364 pending heads
            assertThat(none).isEmpty();
            List<BsonDocument> reads = b.filters();
            assertThat(reads).allSatisfy(f -> assertThat(f.toJson()).contains("\"_id\""));
            long headsAsked = reads.stream()
                    .filter(f -> f.isDocument("_id") && f.getDocument("_id").containsKey("$in"))
                    .mapToLong(f -> f.getDocument("_id").getArray("$in").size())
                    .sum();
            assertThat(headsAsked).isLessThanOrEqualTo(61L * 16);

            // and the next day's item is claimed on the next day, once
            assertThat(drain(due, T0.plus(Duration.ofDays(1)).plusSeconds(1)))
                    .extracting(c -> c.item().internship())
                    .containsExactly(1L);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anItemPlannedBehindTheCursorIsClaimed(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given the cursor moved a day on (an item claimed and done, then a claim with nothing due)
            DueWork due = MongoStores.create(b.mongo()).dueWork();
            due.plan(item(1, T0));
            drain(due, T0.plusSeconds(1));
            assertThat(drain(due, T0.plus(Duration.ofDays(1)))).isEmpty();

            // when an item is planned for a minute the cursor already passed
            due.plan(item(2, T0.plus(Duration.ofHours(3))));

            // then the next claim finds it
            assertThat(drain(due, T0.plus(Duration.ofDays(1)).plusSeconds(1)))
                    .extracting(c -> c.item().internship())
                    .containsExactly(2L);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aClaimerDoesNotMoveTheCursorPastWhatWasPlannedWhileItLooked(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an item done, so that the cursor's minute is free and an hour of empty minutes follows
            DueWork due = MongoStores.create(b.mongo()).dueWork();
            DueWork other = MongoStores.create(b.mongo()).dueWork();
            due.plan(item(1, T0));
            drain(due, T0.plusSeconds(1));
            Instant later = T0.plus(Duration.ofHours(1));
            // another instance plans an item half an hour back just before this claimer moves the cursor
            AtomicBoolean planned = new AtomicBoolean();
            b.beforeEachCommand(command -> {
                if (command.containsKey("update")
                        && command.getString("update").getValue().equals(DueHeadsCursor.COLLECTION)
                        && command.toJson().contains("\"$set\"")
                        && planned.compareAndSet(false, true)) {
                    other.plan(item(2, T0.plus(Duration.ofMinutes(30))));
                }
            });

            // when this instance claims with nothing due in the minutes it read
            List<Claimed> first = due.claim("i", later, Duration.ofMinutes(5), 100);

            // then the item planned meanwhile is claimed next, not skipped
            assertThat(planned).isTrue();
            List<Claimed> all = new ArrayList<>(first);
            all.addAll(drain(due, later));
            assertThat(all).extracting(c -> c.item().internship()).containsExactly(2L);
        }
    }
}
