package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.peerhelp.PeerHelpQueue.Listed;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The peer-help list keeps no document bigger than a chunk, however many questions one hour has, and is read and
 * changed by {@code _id} alone, on both embedded backends; an hour an earlier version stored whole is still read.
 */
class PeerHelpQueueChunksTest {

    static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void anHourOfManyQuestionsIsSplitIntoChunksReadAndChangedById(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given an hour stored by the earlier version (its entries in the hour's document), then, with chunks
            // of three, seven questions asked at ten (one saved twice) and one at eleven
            MongoTemplate mongo = b.mongo();
            mongo.getCollection(MongoPeerHelpQueue.COLLECTION)
                    .insertOne(new Document("_id", "2026-11-23T09:00:00Z")
                            .append(
                                    "entries",
                                    List.of(new Document("c", "old")
                                            .append("n", 1L)
                                            .append("k", null))));
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(mongo, 3);
            for (long n = 1; n <= 7; n++) {
                queue.list("shop", n, "spring", TEN.plusSeconds(n));
            }
            queue.list("shop", 3, "spring", TEN.plusSeconds(3));
            queue.list("other", 1, null, TEN.plus(Duration.ofHours(1)));

            // when a round reads the three hours
            b.clearFilters();
            List<Listed> listed = all(queue, TEN.minus(Duration.ofHours(1)), TEN.plus(Duration.ofHours(1)));

            // then it finds each question once, oldest hour first, by _id alone (the heads, then each hour's chunks)
            assertThat(listed)
                    .extracting(l -> l.communityId() + "#" + l.number())
                    .containsExactly(
                            "old#1", "shop#1", "shop#2", "shop#3", "shop#4", "shop#5", "shop#6", "shop#7", "other#1");
            assertThat(b.filters())
                    .hasSize(3)
                    .allSatisfy(f -> assertThat(f.keySet()).containsExactly("_id"));
            // and no document lists more than three
            List<Integer> sizes = new ArrayList<>();
            mongo.getCollection(MongoPeerHelpQueue.COLLECTION)
                    .find()
                    .forEach(d -> sizes.add(
                            d.getList("entries", Document.class, List.of()).size()));
            assertThat(sizes).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(3));

            // when the old one and two of ten o'clock are dropped (offered), and the hours before ten forgotten
            b.clearFilters();
            queue.drop(listed.stream()
                    .filter(l -> l.communityId().equals("old") || l.number() == 3 || l.number() == 6)
                    .filter(l -> !l.communityId().equals("other"))
                    .toList());
            queue.forgetBefore(TEN.plus(Duration.ofHours(1)));

            // then the drop went by _id, and only eleven o'clock's question is left
            assertThat(b.filters()).allSatisfy(f -> assertThat(f.keySet()).containsExactly("_id"));
            assertThat(all(queue, TEN.minus(Duration.ofHours(1)), TEN.plus(Duration.ofHours(1))))
                    .extracting(l -> l.communityId() + "#" + l.number())
                    .containsExactly("other#1");
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void droppedQuestionsLeaveEveryChunkOfTheirHour(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given five questions of one hour in chunks of two
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo(), 2);
            for (long n = 1; n <= 5; n++) {
                queue.list("shop", n, null, TEN);
            }

            // when two of them are dropped
            queue.drop(all(queue, TEN, TEN).stream()
                    .filter(l -> l.number() % 2 == 0)
                    .toList());

            // then the other three are left
            assertThat(all(queue, TEN, TEN)).extracting(Listed::number).containsExactly(1L, 3L, 5L);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aRoundReadsABusyHourAPageOfChunksAtATime(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given 25 questions of one hour in chunks of two (13 chunks)
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo(), 2);
            for (long n = 1; n <= 25; n++) {
                queue.list("shop", n, null, TEN);
            }

            // when a round reads the hour
            List<Integer> pages = new ArrayList<>();
            queue.forEachPage(TEN, TEN, page -> pages.add(page.size()));

            // then it got them in two pages: ten chunks, then the other three
            assertThat(pages).containsExactly(MongoPeerHelpQueue.CHUNKS_PER_PAGE * 2, 5);
        }
    }

    /** Every page a round would read, in one list. */
    private static List<Listed> all(MongoPeerHelpQueue queue, Instant from, Instant to) {
        List<Listed> all = new ArrayList<>();
        queue.forEachPage(from, to, all::addAll);
        return all;
    }
}
