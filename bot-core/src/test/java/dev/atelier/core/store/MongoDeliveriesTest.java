package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.testing.MutableClock;
import dev.atelier.core.testing.TestAtelier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery keys on a real MongoDB-wire server: once per key and community, for as long as remembered. */
class MongoDeliveriesTest {

    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    TestAtelier atelier;
    Deliveries deliveries;

    @BeforeEach
    void start() {
        atelier = TestAtelier.start(List.of(), List.of());
        deliveries = MongoDeliveries.create(atelier.mongo(), clock);
    }

    @AfterEach
    void stop() {
        atelier.close();
    }

    @Test
    void aKeyIsNewOnlyTheFirstTimeInItsCommunity() {
        // when
        boolean first = deliveries.firstTime("T1", "view:V1", FIVE_MINUTES);
        boolean again = deliveries.firstTime("T1", "view:V1", FIVE_MINUTES);
        boolean elsewhere = deliveries.firstTime("T2", "view:V1", FIVE_MINUTES);

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(elsewhere).isTrue();
    }

    @Test
    void aKeyIsForgottenWhenItsTimeIsUp() {
        // given
        deliveries.firstTime("T1", "sig:abc", FIVE_MINUTES);

        // when
        clock.advance(Duration.ofMinutes(4));
        boolean withinTheWindow = deliveries.firstTime("T1", "sig:abc", FIVE_MINUTES);
        clock.advance(Duration.ofMinutes(2));
        boolean afterIt = deliveries.firstTime("T1", "sig:abc", FIVE_MINUTES);

        // then
        assertThat(withinTheWindow).isFalse();
        assertThat(afterIt).isTrue();
    }

    @Test
    void expiredKeysArePurgedFromTheEmbeddedStore() {
        // given
        deliveries.firstTime("T1", "old-1", FIVE_MINUTES);
        deliveries.firstTime("T1", "old-2", FIVE_MINUTES);

        // when
        clock.advance(Duration.ofMinutes(10));
        deliveries.firstTime("T1", "new", FIVE_MINUTES);

        // then
        assertThat(atelier.mongo().findAll(DeliveryDocument.class))
                .extracting(DeliveryDocument::id)
                .containsExactly("T1/new");
    }

    @Test
    void theDeliveryThatFindsThePurgeDueDoesNotWaitForIt() {
        // given keys expired, and a store whose purges go to a queue of tasks
        List<Runnable> queued = new java.util.ArrayList<>();
        Deliveries queuing = MongoDeliveries.create(atelier.mongo(), clock, queued::add);
        queuing.firstTime("T1", "old", FIVE_MINUTES);
        queued.forEach(Runnable::run);
        queued.clear();
        clock.advance(Duration.ofMinutes(10));

        // when a delivery comes in after the keys expired
        assertThat(queuing.firstTime("T1", "new", FIVE_MINUTES)).isTrue();

        // then it returned with the purge handed off, not done; the purge, run, takes the expired key away
        assertThat(queued).hasSize(1);
        assertThat(atelier.mongo().findAll(DeliveryDocument.class)).hasSize(2);
        queued.get(0).run();
        assertThat(atelier.mongo().findAll(DeliveryDocument.class))
                .extracting(DeliveryDocument::id)
                .containsExactly("T1/new");
    }

    @Test
    void tenParallelDeliveriesOfOneKeyActOnce() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Boolean> deliver = () -> {
            go.await();
            return deliveries.firstTime("T1", "event:Ev1", FIVE_MINUTES);
        };

        // when
        List<Future<Boolean>> results =
                IntStream.range(0, 10).mapToObj(i -> pool.submit(deliver)).toList();
        go.countDown();
        long acted = 0;
        for (Future<Boolean> result : results) {
            acted += result.get() ? 1 : 0;
        }
        pool.shutdown();

        // then
        assertThat(acted).isEqualTo(1);
    }
}
