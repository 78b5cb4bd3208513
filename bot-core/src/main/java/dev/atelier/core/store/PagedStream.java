package dev.atelier.core.store;

import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Streams a query's documents a page per round trip. Without a batch size the embedded server sends every match
 * in its first reply: 1,000,000 questions made a 382 MB reply, over the driver's 48 MB limit for one message.
 */
final class PagedStream {

    static final int PAGE = 1_000;

    private PagedStream() {}

    /** The documents of {@code type} matching {@code query}, read {@value #PAGE} at a time; close the stream. */
    static <D> Stream<D> of(MongoTemplate mongo, Query query, Class<D> type) {
        return mongo.stream(query.cursorBatchSize(PAGE), type);
    }
}
