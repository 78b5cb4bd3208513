package dev.atelier.core.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Once per store and kind of aggregate: records the lookup keys of aggregates stored before they had
 * any, so they are found like new ones. Adding a key twice changes nothing, so a start that stops
 * half-way simply runs it again (see {@link Migrations}).
 */
final class KeyMigration {

    private static final int BATCH = 500;

    /** What one stored aggregate contributes: its community, its number and its keys. */
    record Keyed(String communityId, long number, Collection<String> keys) {}

    private KeyMigration() {}

    /**
     * Also raises each community's counter {@code counter} to its highest stored number, so listings
     * that page down from it reach aggregates copied into the store without one.
     */
    static <D> void run(
            MongoTemplate mongo,
            String name,
            LookupKeys keys,
            Sequences counters,
            String counter,
            Class<D> documents,
            Function<D, Keyed> keyed) {
        Migrations.once(mongo, name, () -> addAll(mongo, keys, counters, counter, documents, keyed));
    }

    private static <D> void addAll(
            MongoTemplate mongo,
            LookupKeys keys,
            Sequences counters,
            String counter,
            Class<D> documents,
            Function<D, Keyed> keyed) {
        Map<String, Map<Long, Collection<String>>> batch = new HashMap<>();
        Map<String, Long> highest = new HashMap<>();
        int pending = 0;
        try (Stream<D> all = PagedStream.of(mongo, new Query(), documents)) {
            for (D document : (Iterable<D>) all::iterator) {
                Keyed k = keyed.apply(document);
                batch.computeIfAbsent(k.communityId(), c -> new HashMap<>()).put(k.number(), k.keys());
                highest.merge(k.communityId(), k.number(), Math::max);
                if (++pending == BATCH) {
                    flush(keys, batch);
                    pending = 0;
                }
            }
        }
        flush(keys, batch);
        highest.forEach((communityId, number) -> counters.atLeast(communityId, counter, number));
    }

    private static void flush(LookupKeys keys, Map<String, Map<Long, Collection<String>>> batch) {
        batch.forEach(keys::add);
        batch.clear();
    }
}
