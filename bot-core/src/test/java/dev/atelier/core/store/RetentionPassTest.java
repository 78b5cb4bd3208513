package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.conversation.ConversationStore;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.outbox.MessageRefs;
import dev.atelier.core.rights.Cutoffs;
import dev.atelier.core.rights.RetentionRound;
import dev.atelier.core.rights.RetentionStore;
import dev.atelier.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention round makes one pass over each kind of record (living message references too) for all communities, each with its own
 * cutoff, on both embedded backends: what aged out goes, what is pending or younger stays, and the number
 * of queries does not grow with the number of communities.
 */
class RetentionPassTest {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dir;

    static CommunityRef community(int k) {
        return new CommunityRef(Platform.SLACK, "T" + k, "t" + k);
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void eachCommunityLosesWhatAgedOutOfItsOwnRetentionInOnePass(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given communities with done and pending due items and counted message ids
            MutableClock clock = new MutableClock(T0);
            MongoStores stores = MongoStores.create(b.mongo(), clock);
            int sent2 = filled(b, stores, clock, 2);
            int sent12 = filled(b, stores, clock, 12);
            // then the pass sent as many queries for twelve communities as for two
            assertThat(sent12).isEqualTo(sent2);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void theScheduledRoundPassesOnceADayEvenAcrossRestarts(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an old counted message id
            MutableClock clock = new MutableClock(T0);
            ConversationStore seen = MongoStores.create(b.mongo(), clock).conversations();
            seen.firstSighting(community(1).id(), "m-old");
            MongoRightsStores rights = MongoRightsStores.create(b.mongo());
            clock.set(T0.plus(Duration.ofDays(400)));
            assertThat(new RetentionRound(rights.retention(), rights.retentionSettings(), clock)
                            .runIfDue()
                            .seenMessages())
                    .isEqualTo(1);

            // when the round is scheduled again an hour later, on a restarted instance
            clock.set(T0.plus(Duration.ofDays(400)).plus(Duration.ofHours(1)));
            seen.firstSighting(community(1).id(), "m-later");
            clock.set(T0.plus(Duration.ofDays(400)).plus(Duration.ofHours(23)));
            b.clearFilters();
            RetentionRound restarted = new RetentionRound(rights.retention(), rights.retentionSettings(), clock);
            // then it only read when the last pass was, by _id
            assertThat(restarted.runIfDue().total()).isZero();
            assertThat(b.filters())
                    .singleElement()
                    .satisfies(f -> assertThat(f.keySet()).containsExactly("_id"));

            // and a day after the last pass it passes again
            clock.set(T0.plus(Duration.ofDays(800)));
            assertThat(restarted.runIfDue().seenMessages()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aPassReadsOnlyWhatAgedOutABoundedPageAtATime(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given five old and twenty young counted message ids in T2, an old one in T1 (which keeps 30 days),
            // three old done due occasions and an old one still pending in T2
            MutableClock clock = new MutableClock(T0);
            MongoStores stores = MongoStores.create(b.mongo(), clock);
            ConversationStore seen = stores.conversations();
            DueWork due = stores.dueWork();
            CommunityRef t1 = community(1);
            CommunityRef t2 = community(2);
            IntStream.range(0, 5).forEach(i -> seen.firstSighting(t2.id(), "old-" + i));
            seen.firstSighting(t1.id(), "old-kept");
            due.planAll(List.of(
                    DueItem.of("kind", t2, 1, 1, "a", "", T0),
                    DueItem.of("kind", t2, 1, 2, "b", "", T0),
                    DueItem.of("kind", t2, 1, 3, "c", "", T0),
                    DueItem.of("kind", t2, 1, 4, "pending", "", T0.plus(Duration.ofDays(5)))));
            Instant then = T0.plus(Duration.ofMinutes(1));
            for (List<Claimed> c = due.claim("t", then, Duration.ofMinutes(5), 100);
                    !c.isEmpty();
                    c = due.claim("t", then, Duration.ofMinutes(5), 100)) {
                due.done(c, then);
            }
            clock.set(T0.plus(Duration.ofDays(10)));
            IntStream.range(0, 20).forEach(i -> seen.firstSighting(t2.id(), "young-" + i));
            Instant now = clock.instant();
            List<BsonDocument> finds = new java.util.concurrent.CopyOnWriteArrayList<>();
            b.beforeEachCommand(command -> {
                if (command.containsKey("find")) {
                    finds.add(command);
                }
            });

            // when a pass reading two records at most at once purges with T2 keeping a day
            RetentionStore.Purged purged = new MongoRetention(b.mongo(), 2)
                    .purgeAll(
                            new Cutoffs(now.minus(Duration.ofDays(1)), Map.of(t1.id(), now.minus(Duration.ofDays(30)))),
                            now);

            // then what aged out went, in pages the server filled with aged-out records only
            assertThat(purged.seenMessages()).isEqualTo(5);
            assertThat(purged.dueItems()).isEqualTo(3);
            assertThat(seen.firstSighting(t1.id(), "old-kept"))
                    .as("T1 keeps 30 days")
                    .isFalse();
            IntStream.range(0, 20)
                    .forEach(i -> assertThat(seen.firstSighting(t2.id(), "young-" + i))
                            .isFalse());
            assertThat(due.plan(DueItem.of("kind", t2, 1, 4, "pending", "", now)))
                    .as("the pending occasion stays planned")
                    .isFalse();
            List<BsonDocument> seenFinds = finds.stream()
                    .filter(f -> f.getString("find").getValue().equals("seen_messages"))
                    .toList();
            assertThat(seenFinds).as("pages of 2, 2 and 1").hasSize(3);
            assertThat(finds.stream()
                            .filter(f -> List.of("seen_messages", "due_work", "message_refs")
                                    .contains(f.getString("find").getValue())))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.getInt32("limit").getValue()).isEqualTo(2));
        }
    }

    /**
     * Adds communities up to {@code communities}, purges with community T1 keeping 30 days and the others
     * 1 day, checks what stayed; returns how many queries the purge sent.
     */
    private static int filled(Backend b, MongoStores stores, MutableClock clock, int communities) {
        DueWork due = stores.dueWork();
        ConversationStore seen = stores.conversations();
        MessageRefs refs = MongoMessageRefs.create(b.mongo(), clock);
        clock.set(T0);
        for (int k = 1; k <= communities; k++) {
            CommunityRef c = community(k);
            due.planAll(List.of(
                    DueItem.of("kind", c, 1, 1, "done", "", T0),
                    DueItem.of("kind", c, 1, 2, "pending", "", T0.plus(Duration.ofDays(365)))));
            seen.firstSighting(c.id(), "m-old-" + communities);
            refs.keep(c, "card-old-" + communities, new MessageRef("ch", "old"));
        }
        Instant then = T0.plus(Duration.ofMinutes(1));
        for (List<Claimed> c = due.claim("t", then, Duration.ofMinutes(5), 100);
                !c.isEmpty();
                c = due.claim("t", then, Duration.ofMinutes(5), 100)) {
            due.done(c, then);
        }
        clock.set(T0.plus(Duration.ofDays(10)));
        for (int k = 1; k <= communities; k++) {
            seen.firstSighting(community(k).id(), "m-new-" + communities);
            refs.keep(community(k), "card-new-" + communities, new MessageRef("ch", "new"));
        }
        Instant now = T0.plus(Duration.ofDays(10));
        RetentionStore retention = MongoRightsStores.create(b.mongo()).retention();
        b.clearFilters();

        // when the round purges: T1 keeps 30 days, the others 1 day
        RetentionStore.Purged purged = retention.purgeAll(
                new Cutoffs(now.minus(Duration.ofDays(1)), Map.of(community(1).id(), now.minus(Duration.ofDays(30)))),
                now);
        int sent = b.filters().size();

        // then the others lost their done item and old message id; T1 and every pending item stayed
        assertThat(purged.dueItems()).isEqualTo(communities - 1L);
        assertThat(purged.seenMessages()).isEqualTo(communities - 1L);
        assertThat(purged.messageRefs()).isEqualTo(communities - 1L);
        assertThat(refs.find(community(1), "card-old-" + communities)).isPresent();
        assertThat(seen.firstSighting(community(1).id(), "m-old-" + communities))
                .isFalse();
        IntStream.rangeClosed(2, communities).forEach(k -> {
            assertThat(seen.firstSighting(community(k).id(), "m-new-" + communities))
                    .isFalse();
            assertThat(seen.firstSighting(community(k).id(), "m-old-" + communities))
                    .as("forgotten")
                    .isTrue();
            assertThat(refs.find(community(k), "card-old-" + communities))
                    .as("an old card's reference goes")
                    .isEmpty();
            assertThat(refs.find(community(k), "card-new-" + communities)).isPresent();
            assertThat(due.plan(DueItem.of("kind", community(k), 1, 2, "pending", "", now)))
                    .as("pending stays planned")
                    .isFalse();
        });
        assertThat(b.filters()).as("no per-community query").noneMatch(RetentionPassTest::perCommunity);
        return sent;
    }

    private static boolean perCommunity(BsonDocument filter) {
        return filter.containsKey("communityId");
    }
}
