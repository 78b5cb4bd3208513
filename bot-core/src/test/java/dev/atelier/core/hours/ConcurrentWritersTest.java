package dev.atelier.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.testing.OnePairFlowTest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Eight people writing to one internship at the same moment (each a load, a change and a save of the
 * whole document, guarded by its version) all get through: a lost race is retried after a random
 * wait, not refused.
 */
class ConcurrentWritersTest extends OnePairFlowTest {

    @Test
    void eightConcurrentHourLogsOnOneInternshipAllSucceed() throws Exception {
        // given eight writers, the intern and the mentor in turn, released together
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> writers = IntStream.range(0, 8)
                .<Callable<String>>mapToObj(i -> () -> {
                    go.await();
                    return as(i % 2 == 0 ? "alice" : "bob", "log 1 \"writer " + i + "\"")
                            .reply()
                            .text();
                })
                .toList();

        // when
        List<Future<String>> replies = writers.stream().map(pool::submit).toList();
        go.countDown();
        List<String> texts = new java.util.ArrayList<>();
        for (Future<String> reply : replies) {
            texts.add(reply.get());
        }
        pool.shutdown();

        // then every writer was told its hours were logged, and all eight entries are there
        assertThat(texts).hasSize(8).allSatisfy(text -> assertThat(text).contains("⏱️ Logged 1 h on internship #1"));
        List<HoursEntry> hours = MongoStores.create(atelier.mongo())
                .internships()
                .find(SHOP.id(), 1)
                .orElseThrow()
                .hours();
        assertThat(hours)
                .extracting(HoursEntry::note)
                .containsExactlyInAnyOrder(
                        IntStream.range(0, 8).mapToObj(i -> "writer " + i).toArray(String[]::new));
        assertThat(hours).extracting(HoursEntry::number).doesNotHaveDuplicates();
    }
}
