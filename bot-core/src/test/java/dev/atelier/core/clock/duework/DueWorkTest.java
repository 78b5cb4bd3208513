package dev.atelier.core.clock.duework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.outbox.Sleeper;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.CoreFlowTest;
import dev.atelier.core.workspace.Outbound;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The due-work engine on the embedded database: claims, leases, takeover, deferral, bounds. */
class DueWorkTest extends CoreFlowTest {

    static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    DueWork work;

    DueWorkTest() {
        super(NOON);
    }

    @BeforeEach
    void start() {
        work = MongoStores.create(atelier.mongo()).dueWork();
    }

    DueEngine engine(String instance, int batch, int maxPerTick) {
        DueHandler counting = new DueHandler() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public Handled handle(DueItem item, Instant now) {
                handled.computeIfAbsent(item.key(), k -> new AtomicInteger()).incrementAndGet();
                return Handled.send(List.of(Notification.to(
                        Destination.direct(item.recipient()), Message.privateReply(Text.of("item " + item.ref())))));
            }
        };
        return new DueEngine(
                work,
                List.of(counting),
                new Outbound(List.of(platform), List.of()),
                new Pacer(0, System::nanoTime, Sleeper.THREAD),
                clock,
                new EngineSettings(instance, Duration.ofMinutes(2), batch, maxPerTick, 0));
    }

    void planItems(int count, Instant dueAt) {
        for (int i = 0; i < count; i++) {
            work.plan(DueItem.of("test", SHOP, i, i, "", "m" + i, dueAt));
        }
    }

    @Test
    void anOccasionIsPlannedOnce() {
        DueItem item = DueItem.of("test", SHOP, 1, 1, "2026-12-01", "alice", NOON);
        assertThat(work.plan(item)).isTrue();
        assertThat(work.plan(item.at(NOON.plusSeconds(60)))).isFalse();
        assertThat(atelier.mongo().getCollection("due_work").countDocuments()).isEqualTo(1);
    }

    @Test
    void twoSchedulersRacingHandEveryItemToTheSenderExactlyOnce() throws Exception {
        planItems(300, NOON.minusSeconds(30));
        work.plan(DueItem.of("test", SHOP, 9999, 9999, "", "later", NOON.plusSeconds(60)));
        DueEngine a = engine("a", 50, 10_000);
        DueEngine b = engine("b", 50, 10_000);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, Integer>> first = pool.submit(() -> {
                together.await();
                return a.drain();
            });
            Future<Map<String, Integer>> second = pool.submit(() -> {
                together.await();
                return b.drain();
            });
            assertThat(first.get().getOrDefault("test", 0) + second.get().getOrDefault("test", 0))
                    .isEqualTo(300);
        } finally {
            pool.shutdownNow();
        }
        assertThat(handled).hasSize(300);
        assertThat(handled.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(platform.sent()).hasSize(300);
        assertThat(handled)
                .doesNotContainKey(
                        DueItem.of("test", SHOP, 9999, 9999, "", "later", NOON).key());
        assertThat(work.claim("c", NOON, Duration.ofMinutes(2), 1000))
                .as("nothing due is left")
                .isEmpty();
        assertThat(work.claim("c", NOON.plusSeconds(60), Duration.ofMinutes(2), 1000))
                .extracting(c -> c.item().recipient())
                .containsExactly("later");
    }

    @Test
    void aCrashedInstancesClaimsAreTakenOverWhenTheLeaseExpires() {
        planItems(5, NOON);
        List<Claimed> crashed = new ArrayList<>();
        List<Claimed> more = work.claim("crashed", NOON, Duration.ofMinutes(2), 10);
        while (!more.isEmpty()) {
            crashed.addAll(more);
            more = work.claim("crashed", NOON, Duration.ofMinutes(2), 10);
        }
        assertThat(crashed).hasSize(5);
        DueEngine survivor = engine("survivor", 10, 100);

        assertThat(survivor.drain()).isEmpty();
        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertThat(survivor.drain()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(survivor.drain()).containsEntry("test", 5);

        work.done(crashed, clock.instant());
        work.release(crashed.get(0), clock.instant());
        assertThat(survivor.drain()).isEmpty();
        assertThat(handled.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }

    @Test
    void aDeferredItemComesBackWhenItsNewTimeComesAndMovingAPendingItemFreesIt() {
        DueItem item = DueItem.of("test", SHOP, 1, 1, "", "alice", NOON);
        work.plan(item);
        Claimed claim = work.claim("a", NOON, Duration.ofMinutes(2), 10).get(0);
        work.release(claim, NOON.plus(Duration.ofHours(8)));
        assertThat(work.claim("a", NOON.plus(Duration.ofHours(7)), Duration.ofMinutes(2), 10))
                .isEmpty();
        assertThat(work.claim("b", NOON.plus(Duration.ofHours(8)), Duration.ofMinutes(2), 10))
                .hasSize(1);

        work.schedule(item.at(NOON.plus(Duration.ofHours(9))));
        assertThat(work.claim("c", NOON.plus(Duration.ofHours(8)), Duration.ofMinutes(2), 10))
                .isEmpty();
        List<Claimed> moved = work.claim("c", NOON.plus(Duration.ofHours(9)), Duration.ofMinutes(2), 10);
        assertThat(moved).hasSize(1);
        work.done(moved, NOON.plus(Duration.ofHours(9)));
        work.schedule(item.at(NOON.plus(Duration.ofHours(10))));
        assertThat(work.claim("c", NOON.plus(Duration.ofHours(11)), Duration.ofMinutes(2), 10))
                .as("a done occasion stays done")
                .isEmpty();
    }

    @Test
    void oneTickHandlesAtMostItsBoundAndTheRestWaitsForTheNext() {
        planItems(250, NOON);
        DueEngine bounded = engine("a", 40, 100);
        assertThat(bounded.drain()).containsEntry("test", 100);
        assertThat(bounded.drain()).containsEntry("test", 100);
        assertThat(bounded.drain()).containsEntry("test", 50);
        assertThat(bounded.drain()).isEmpty();
        assertThat(handled).hasSize(250);
    }

    @Test
    void aBurstIsSentAtThePacedRate() {
        planItems(30, NOON);
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        DueHandler sending = new DueHandler() {
            @Override
            public String kind() {
                return "test";
            }

            @Override
            public Handled handle(DueItem item, Instant now) {
                return Handled.send(List.of(Notification.to(
                        Destination.direct(item.recipient()), Message.privateReply(Text.of("item " + item.ref())))));
            }
        };
        DueEngine paced = new DueEngine(
                work,
                List.of(sending),
                new Outbound(List.of(platform), List.of()),
                new Pacer(10, nanos::get, d -> nanos.addAndGet(d.toNanos())),
                clock,
                new EngineSettings("a", Duration.ofMinutes(2), 100, 1000, 10));
        assertThat(paced.drain()).containsEntry("test", 30);
        assertThat(platform.sent()).hasSize(30);
        assertThat(Duration.ofNanos(nanos.get()))
                .as("10 at once, then 20 more at 10 a second")
                .isBetween(Duration.ofMillis(1990), Duration.ofMillis(2010));
    }

    @Test
    void aClaimNeverHoldsMoreThanItsLimitAndWhatItLeftIsClaimedNext() {
        planItems(250, NOON);
        List<Claimed> one = work.claim("a", NOON, Duration.ofMinutes(2), 1);
        assertThat(one).hasSize(1);
        work.done(one, NOON);
        List<Claimed> rest = new ArrayList<>();
        List<Claimed> more = work.claim("b", NOON, Duration.ofMinutes(2), 1000);
        while (!more.isEmpty()) {
            rest.addAll(more);
            work.done(more, NOON);
            more = work.claim("b", NOON, Duration.ofMinutes(2), 1000);
        }
        assertThat(rest)
                .hasSize(249)
                .extracting(c -> c.item().key())
                .doesNotContain(one.get(0).item().key());
    }

    @Test
    void anItemDueLaterInItsMinuteWaitsForItsTime() {
        work.plan(DueItem.of("test", SHOP, 1, 1, "", "early", NOON));
        work.plan(DueItem.of("test", SHOP, 2, 2, "", "late", NOON.plusSeconds(40)));
        List<String> taken = new ArrayList<>();
        for (int second : List.of(0, 39, 40)) {
            List<Claimed> more = work.claim("a", NOON.plusSeconds(second), Duration.ofMinutes(2), 10);
            while (!more.isEmpty()) {
                more.forEach(c -> taken.add(second + ":" + c.item().recipient()));
                work.done(more, NOON.plusSeconds(second));
                more = work.claim("a", NOON.plusSeconds(second), Duration.ofMinutes(2), 10);
            }
        }
        assertThat(taken).containsExactly("0:early", "40:late");
    }

    @Test
    void aFailingHandlerLeavesTheItemForARetryAMinuteLater() {
        work.plan(DueItem.of("flaky", SHOP, 1, 1, "", "alice", NOON));
        List<Instant> attempts = Collections.synchronizedList(new ArrayList<>());
        DueHandler flaky = new DueHandler() {
            @Override
            public String kind() {
                return "flaky";
            }

            @Override
            public Handled handle(DueItem item, Instant now) {
                attempts.add(now);
                if (attempts.size() == 1) {
                    throw new IllegalStateException("platform down");
                }
                return Handled.recorded();
            }
        };
        DueEngine engine = new DueEngine(
                work,
                List.of(flaky),
                new Outbound(List.of(platform), List.of()),
                new Pacer(0, System::nanoTime, Sleeper.THREAD),
                clock,
                new EngineSettings("a", Duration.ofMinutes(2), 10, 100, 0));
        assertThat(engine.drain()).isEmpty();
        clock.advance(Duration.ofSeconds(59));
        assertThat(engine.drain()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(engine.drain()).containsEntry("flaky", 1);
        assertThat(attempts).hasSize(2);
    }
}
