package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import dev.atelier.core.rights.Cutoffs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Forgets the due occasions that were due before their community's cutoff and are done (their bucket is gone),
 * a page at a time ({@link AgedOut}), so the entries follow activity, not age. An occasion still pending keeps its
 * entry.
 */
final class DueRetention {

    /** Buckets looked up at once. */
    private static final int HEADS_AT_ONCE = 1_000;

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> heads;
    private final int page;

    DueRetention(MongoTemplate mongo, int page) {
        this.items = mongo.getCollection(MongoDueWork.ITEMS);
        this.heads = mongo.getCollection(DueBuckets.HEADS);
        this.page = page;
    }

    /** Every community's done occasions due before its cutoff. */
    long purgeAll(Cutoffs cutoffs) {
        return AgedOut.purge(items, AgedOut.filter("dueAt", cutoffs), Projections.include("dueAt"), page, read -> {
            long deleted = 0;
            for (int from = 0; from < read.size(); from += HEADS_AT_ONCE) {
                deleted += purgeDone(read.subList(from, Math.min(read.size(), from + HEADS_AT_ONCE)));
            }
            return deleted;
        });
    }

    private long purgeDone(List<Document> entries) {
        Set<String> buckets = new HashSet<>();
        entries.forEach(e -> buckets.add(bucket(e)));
        Set<String> pending = new HashSet<>();
        heads.find(in("_id", buckets))
                .projection(Projections.include("_id"))
                .forEach(h -> pending.add(h.getString("_id")));
        List<String> done = entries.stream()
                .filter(e -> !pending.contains(bucket(e)))
                .map(e -> e.getString("_id"))
                .toList();
        return done.isEmpty() ? 0 : items.deleteMany(in("_id", done)).getDeletedCount();
    }

    private static String bucket(Document entry) {
        return DueBuckets.of(entry.getString("_id"), entry.getDate("dueAt").toInstant());
    }
}
