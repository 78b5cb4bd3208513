package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A stream over a large collection comes a page per reply on both embedded backends: without a batch size the
 * server answers with every match at once, and at a million documents that one reply is over the driver's limit.
 */
class PagedStreamTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(Backend.BOTH)
    void aStreamReadsAPageAtATime(Function<Path, Backend> backend) {
        try (Backend b = backend.apply(dir)) {
            // given more documents than two pages hold
            MongoTemplate mongo = b.mongo();
            int count = PagedStream.PAGE * 2 + 500;
            mongo.insertAll(IntStream.range(0, count)
                    .mapToObj(n -> new ModeratorSeenDocument("c/" + n, "c", "m" + n, T0))
                    .toList());
            List<String> commands = new CopyOnWriteArrayList<>();
            b.beforeEachCommand(c -> commands.add(c.getFirstKey()));

            // when they are streamed
            long read;
            try (Stream<ModeratorSeenDocument> all = PagedStream.of(mongo, new Query(), ModeratorSeenDocument.class)) {
                read = all.count();
            }

            // then all came, in a first reply and two more pages
            assertThat(read).isEqualTo(count);
            assertThat(commands).containsExactly("find", "getMore", "getMore");
        }
    }
}
