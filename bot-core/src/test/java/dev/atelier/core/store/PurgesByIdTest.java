package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.LaneClaim;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The purges of what expires (delivery keys, answered commands, finished outbox items) read what is due through
 * lists kept by time ({@link TimeLists}) and delete by {@code _id}, on both embedded backends: what is due goes,
 * what is younger or was remembered again stays, and no filter is one the embedded server scans for.
 */
class PurgesByIdTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void expiredDeliveryKeysArePurgedByIdAndOnesRememberedAgainStay(Function<Path, Backend> backend) {
        MutableClock clock = new MutableClock(T0);
        try (Backend b = backend.apply(dir)) {
            // given a key an earlier version stored (not listed), then keys a and b remembered for five minutes
            MongoTemplate mongo = b.mongo();
            mongo.getCollection("deliveries")
                    .insertOne(new Document("_id", "T1/legacy")
                            .append("communityId", "T1")
                            .append("expiresAt", java.util.Date.from(T0.plusSeconds(60))));
            Deliveries deliveries = MongoDeliveries.create(mongo, clock);
            assertThat(deliveries.firstTime("T1", "a", FIVE_MINUTES)).isTrue();
            assertThat(deliveries.firstTime("T1", "b", FIVE_MINUTES)).isTrue();
            // a is delivered again once it expired: remembered anew until 10:11
            clock.set(T0.plus(Duration.ofMinutes(6)));
            assertThat(deliveries.firstTime("T1", "a", FIVE_MINUTES)).isTrue();

            // when a delivery arrives after the ten minutes of a and b's expiry ended
            clock.set(T0.plus(Duration.ofMinutes(10)).plusSeconds(30));
            b.clearFilters();
            assertThat(deliveries.firstTime("T1", "c", FIVE_MINUTES)).isTrue();
            List<Set<String>> sent = keys(b);

            // then b and the old key went, a (remembered again) and c stay
            assertThat(ids(mongo, "deliveries")).containsExactlyInAnyOrder("T1/a", "T1/c");
            assertThat(deliveries.firstTime("T1", "a", FIVE_MINUTES)).isFalse();
            // and the purge went by _id (and _id with the expiry read, a unique index)
            assertThat(sent)
                    .isNotEmpty()
                    .allSatisfy(k -> assertThat(k).isIn(Set.of("_id"), Set.of("_id", "expiresAt")));

            // and once the ten minutes of a's new expiry (and c's) ended, they go too
            clock.set(T0.plus(Duration.ofMinutes(21)));
            deliveries.firstTime("T1", "d", FIVE_MINUTES);
            assertThat(ids(mongo, "deliveries")).containsExactly("T1/d");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void answeredCommandsArePurgedByIdAndUnfinishedAndYoungerOnesStay(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given three commands answered at ten o'clock, one answered two hours later, one not answered
            CommandInbox inbox = MongoOperationsStores.create(b.mongo()).inbox();
            for (String key : List.of("k1", "k2", "k3", "late", "open")) {
                inbox.accept(CommandPathScansTest.command(key, "alice-" + key, T0));
            }
            for (String key : List.of("k1", "k2", "k3")) {
                inbox.applied(key, Message.privateReply(Text.of("ok")), T0);
                inbox.answered(key, "reply", T0);
            }
            inbox.answered("late", "reply", T0.plus(Duration.ofHours(2)));

            // when the purge removes what was answered before eleven
            b.clearFilters();
            long purged = inbox.purgeAnswered(T0.plus(Duration.ofHours(1)));
            List<Set<String>> sent = keys(b);

            // then the three went, by _id; the later one and the unfinished one stay
            assertThat(purged).isEqualTo(3);
            assertThat(ids(b.mongo(), "command_inbox")).containsExactlyInAnyOrder("late", "open");
            assertThat(sent).isNotEmpty().allSatisfy(k -> assertThat(k).containsExactly("_id"));
            assertThat(inbox.depth()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void finishedOutboxItemsArePurgedById(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given two items delivered at ten o'clock and one at noon
            Outbox outbox = MongoOutbox.create(b.mongo());
            deliver(outbox, "early1", T0);
            deliver(outbox, "early2", T0);
            deliver(outbox, "noon", T0.plus(Duration.ofHours(2)));

            // when the purge removes what finished before eleven
            b.clearFilters();
            long purged = outbox.purge(T0.plus(Duration.ofHours(1)));
            List<String> targets = b.targets();
            List<BsonDocument> filters = b.filters();
            List<BsonDocument> deletes = b.deletes();

            // then the two early summaries went, the noon one stays
            assertThat(purged).isEqualTo(2);
            assertThat(ids(b.mongo(), "outbox_done")).containsExactly("noon");
            // and only the leftover sweep of the queue of waiting items (outbox) is not by _id
            for (int i = 0; i < filters.size(); i++) {
                assertThat(targets.get(i)).isNotEqualTo("outbox_done");
                assertThat(filters.get(i).keySet()).containsExactly("_id");
            }
            assertThat(deletes)
                    .filteredOn(d -> !d.containsKey("state"))
                    .allSatisfy(d -> assertThat(d.keySet()).containsExactly("_id"));
        }
    }

    private static void deliver(Outbox outbox, String id, Instant at) {
        outbox.add(OutboxStoreTest.item(id, "C-" + id));
        LaneClaim claim = outbox.claim("i1", at, Duration.ofSeconds(30)).orElseThrow();
        outbox.pending(claim, 10).forEach(i -> outbox.delivered(i, "m-" + i.id(), at));
        outbox.release(claim, at, null);
    }

    /** The keys of every filter and delete sent since the last clear. */
    private static List<Set<String>> keys(Backend b) {
        List<Set<String>> keys = new ArrayList<>();
        b.filters().forEach(f -> keys.add(f.keySet()));
        b.deletes().forEach(d -> keys.add(d.keySet()));
        return keys;
    }

    private static List<String> ids(MongoTemplate mongo, String collection) {
        List<String> ids = new ArrayList<>();
        mongo.getCollection(collection).find().forEach(d -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }
}
