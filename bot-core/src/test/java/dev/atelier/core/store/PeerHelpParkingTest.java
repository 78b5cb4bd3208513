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

/**
 * Parked peer-help questions leave the list a round reads, come back under their hours when their community is
 * unparked, and are forgotten with the week, on both embedded backends, by {@code _id} alone.
 */
class PeerHelpParkingTest {

    static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void parkedQuestionsLeaveTheListUntilTheirCommunityIsUnparked(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given, in chunks of two, three questions of the shop over two days and one of another community
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo(), 2);
            queue.list("shop", 1, "spring", TEN);
            queue.list("shop", 2, null, TEN.plusSeconds(60));
            queue.list("shop", 3, "spring", TEN.plus(Duration.ofHours(20)));
            queue.list("other", 1, null, TEN);
            Instant to = TEN.plus(Duration.ofHours(21));

            // when the shop's are parked
            queue.park(all(queue, TEN, to).stream()
                    .filter(l -> l.communityId().equals("shop"))
                    .toList());

            // then a round reads only the other community's
            assertThat(all(queue, TEN, to)).extracting(Listed::communityId).containsExactly("other");

            // when the shop is unparked
            b.clearFilters();
            queue.unpark("shop", to.minus(WEEK), to);

            // then its questions are listed again as they were, by _id alone
            assertThat(all(queue, TEN, to))
                    .containsExactlyInAnyOrder(
                            new Listed("shop", 1, "spring", TEN),
                            new Listed("shop", 2, null, TEN),
                            new Listed("shop", 3, "spring", TEN.plus(Duration.ofHours(20))),
                            new Listed("other", 1, null, TEN));
            assertThat(b.filters()).allSatisfy(f -> assertThat(f.keySet()).containsExactly("_id"));

            // and unparking again lists nothing twice
            queue.unpark("shop", to.minus(WEEK), to);
            assertThat(all(queue, TEN, to)).hasSize(4);
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void parkedQuestionsOlderThanTheWeekAreNotListedAgainAndAreForgottenWithTheirDay(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given a question parked on Monday at ten and one a week later, on Monday at nine
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo());
            Instant nextNine = TEN.plus(WEEK).minus(Duration.ofHours(1));
            queue.park(List.of(new Listed("shop", 1, null, TEN), new Listed("shop", 2, null, nextNine)));

            // when the week before Monday eleven is unparked
            Instant now = TEN.plus(WEEK).plus(Duration.ofHours(1));
            queue.unpark("shop", now.minus(WEEK), now);

            // then only the later one is listed again
            assertThat(all(queue, TEN, now)).containsExactly(new Listed("shop", 2, null, nextNine));

            // when it is parked again and the hours before Tuesday are forgotten
            queue.park(all(queue, TEN, now));
            assertThat(ids(b, "2026-11-23|parked|")).isNotEmpty();
            queue.forgetBefore(Instant.parse("2026-11-24T00:00:00Z"));

            // then the first Monday's parked documents are gone, the second's are kept and listed again
            assertThat(ids(b, "2026-11-23|parked|")).isEmpty();
            queue.unpark("shop", now.minus(WEEK), now);
            assertThat(all(queue, TEN, now)).containsExactly(new Listed("shop", 2, null, nextNine));
        }
    }

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aBusyHourParkedAPageAtATimeLeavesTheOthersListed(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given, in chunks of twenty, 300 questions of the shop and 30 of another community asked in one hour
            MongoPeerHelpQueue queue = new MongoPeerHelpQueue(b.mongo(), 20);
            for (long n = 1; n <= 330; n++) {
                queue.list(n % 11 == 0 ? "other" : "shop", n, null, TEN);
            }

            // when a round parks the shop's, one page at a time
            queue.forEachPage(
                    TEN,
                    TEN,
                    page -> queue.park(page.stream()
                            .filter(l -> l.communityId().equals("shop"))
                            .toList()));

            // then only the other community's are listed, and unparking the shop lists all of its again
            assertThat(all(queue, TEN, TEN))
                    .hasSize(30)
                    .allSatisfy(l -> assertThat(l.communityId()).isEqualTo("other"));
            queue.unpark("shop", TEN, TEN);
            assertThat(all(queue, TEN, TEN)).hasSize(330);

            // and parking them all at once, outside a round's page, leaves the other community's too
            queue.park(all(queue, TEN, TEN).stream()
                    .filter(l -> l.communityId().equals("shop"))
                    .toList());
            assertThat(all(queue, TEN, TEN)).extracting(Listed::communityId).containsOnly("other");
            assertThat(all(queue, TEN, TEN)).hasSize(30);
        }
    }

    /** The ids of the documents whose id starts with {@code prefix}. */
    private static List<String> ids(Backend b, String prefix) {
        List<String> ids = new ArrayList<>();
        b.mongo().getCollection(MongoPeerHelpQueue.COLLECTION).find().forEach((Document d) -> {
            if (d.getString("_id").startsWith(prefix)) {
                ids.add(d.getString("_id"));
            }
        });
        return ids;
    }

    /** Every page a round would read, in one list. */
    private static List<Listed> all(MongoPeerHelpQueue queue, Instant from, Instant to) {
        List<Listed> all = new ArrayList<>();
        queue.forEachPage(from, to, all::addAll);
        return all;
    }
}
