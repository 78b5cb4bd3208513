package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.store.MongoStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Due work on the durable H2 store: items planned before a restart go to exactly one of two claimers, also
 * while the housekeeping compacts the store beside them. (This test was disabled for an intermittent H2
 * {@code AssertionError}; it came from the close of the store, not from the claimers: see
 * {@link DurableH2Backend#COMPACTION_ON_CLOSE_MILLIS}.)
 */
class DueWorkOnH2Test {

    static final CommunityRef SHOP = new CommunityRef(Platform.SLACK, "T-SHOP", "Shop");
    static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path temp;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void itemsPlannedBeforeARestartAreHandedOutExactlyOnceToTwoClaimers() throws Exception {
        // given 400 items planned across two hours (some in bulk, some one by one), then a restart
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, true);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            DueWork work = work(client);
            List<DueItem> bulk = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                bulk.add(DueItem.of("test", SHOP, i, i, "", "m" + i, NOON.minusSeconds(i * 20L)));
            }
            work.planAll(bulk);
            for (int i = 300; i < 400; i++) {
                work.plan(DueItem.of("test", SHOP, i, i, "", "m" + i, NOON.minusSeconds(i)));
            }
            work.plan(DueItem.of("test", SHOP, 999, 999, "", "later", NOON.plus(Duration.ofHours(2))));
        }

        // when two claimers drain what is due at noon
        Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, true);
                MongoClient a = MongoClients.create(server.getConnectionString());
                MongoClient b = MongoClients.create(server.getConnectionString())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = List.of(
                    pool.submit(() -> drain(work(a), "a", handed)), pool.submit(() -> drain(work(b), "b", handed)));
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();

            // then each of the 400 due items went to exactly one claimer and is done; the later one waits
            assertThat(handed).hasSize(400);
            assertThat(handed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            assertThat(work(a).claim("a", NOON, Duration.ofMinutes(2), 1000))
                    .as("nothing due is left")
                    .isEmpty();
            assertThat(work(a).claim("a", NOON.plus(Duration.ofHours(2)), Duration.ofMinutes(2), 10))
                    .hasSize(1);
        }
    }

    @Test
    void housekeepingBesideTwoClaimersKeepsEveryItemExactlyOnce() throws Exception {
        // given 400 due items on the durable store
        DurableH2Backend backend = DurableH2Backend.open(temp.resolve("busy.mv.db"), true);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
        try (MongoClient a = MongoClients.create(server.getConnectionString());
                MongoClient b = MongoClients.create(server.getConnectionString())) {
            List<DueItem> items = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                items.add(DueItem.of("test", SHOP, i, i, "", "m" + i, NOON.minusSeconds(i * 7L)));
            }
            work(a).planAll(items);

            // when two claimers drain them while the housekeeping compacts the store without pause
            AtomicBoolean draining = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            Future<Integer> housekeeping = pool.submit(() -> {
                int rounds = 0;
                while (draining.get()) {
                    backend.compactSome();
                    rounds++;
                }
                return rounds;
            });
            List<Future<?>> runs = List.of(
                    pool.submit(() -> drain(work(a), "a", handed)), pool.submit(() -> drain(work(b), "b", handed)));
            try {
                for (Future<?> run : runs) {
                    run.get();
                }
            } finally {
                draining.set(false);
            }
            assertThat(housekeeping.get()).isPositive();
            pool.shutdown();
        } finally {
            server.shutdownNow();
        }

        // then each item went to exactly one claimer, and the store reopens with nothing left due
        assertThat(handed).hasSize(400);
        assertThat(handed.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        DurableH2Backend reopened = DurableH2Backend.open(temp.resolve("busy.mv.db"), true);
        MongoServer again = new MongoServer(reopened);
        again.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(again.getConnectionString())) {
            assertThat(work(client).claim("a", NOON, Duration.ofMinutes(2), 1000))
                    .isEmpty();
        } finally {
            again.shutdownNow();
        }
    }

    private static DueWork work(MongoClient client) {
        return MongoStores.create(new MongoTemplate(client, "atelier")).dueWork();
    }

    private static void drain(DueWork work, String instance, Map<String, AtomicInteger> handed) {
        List<Claimed> batch = work.claim(instance, NOON, Duration.ofMinutes(2), 37);
        while (!batch.isEmpty()) {
            batch.forEach(c -> handed.computeIfAbsent(c.item().key(), k -> new AtomicInteger())
                    .incrementAndGet());
            work.done(batch, NOON);
            batch = work.claim(instance, NOON, Duration.ofMinutes(2), 37);
        }
    }
}
