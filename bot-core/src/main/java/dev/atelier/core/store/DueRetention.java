package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Forgets a community's due occasions that were due before the cutoff and are done (their bucket is gone),
 * a page at a time, so the entries follow activity, not age. An occasion still pending keeps its entry.
 */
final class DueRetention {

    private static final int PAGE = 1_000;

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> heads;

    DueRetention(MongoTemplate mongo) {
        this.items = mongo.getCollection(MongoDueWork.ITEMS);
        this.heads = mongo.getCollection(DueBuckets.HEADS);
    }

    long purge(String communityId, Date before) {
        long purged = 0;
        List<Document> page = new ArrayList<>();
        for (Document entry : items.find(and(eq("communityId", communityId), lt("dueAt", before)))
                .projection(Projections.include("dueAt"))
                .batchSize(PAGE)) {
            page.add(entry);
            if (page.size() == PAGE) {
                purged += purgeDone(page);
                page.clear();
            }
        }
        return purged + purgeDone(page);
    }

    /** Every community's done occasions due before its cutoff, in one pass over the entries (due time only). */
    long purgeAll(Function<String, Instant> cutoffOf) {
        long purged = 0;
        List<Document> page = new ArrayList<>();
        for (Document entry : items.find()
                .projection(Projections.include("communityId", "dueAt"))
                .batchSize(PAGE)) {
            Date dueAt = entry.getDate("dueAt");
            String communityId = entry.getString("communityId");
            if (dueAt == null || communityId == null || !dueAt.toInstant().isBefore(cutoffOf.apply(communityId))) {
                continue;
            }
            page.add(entry);
            if (page.size() == PAGE) {
                purged += purgeDone(page);
                page.clear();
            }
        }
        return purged + purgeDone(page);
    }

    private long purgeDone(List<Document> page) {
        if (page.isEmpty()) {
            return 0;
        }
        Set<String> buckets = new HashSet<>();
        page.forEach(e -> buckets.add(bucket(e)));
        Set<String> pending = new HashSet<>();
        heads.find(in("_id", buckets))
                .projection(Projections.include("_id"))
                .forEach(h -> pending.add(h.getString("_id")));
        List<String> done = page.stream()
                .filter(e -> !pending.contains(bucket(e)))
                .map(e -> e.getString("_id"))
                .toList();
        return done.isEmpty() ? 0 : items.deleteMany(in("_id", done)).getDeletedCount();
    }

    private static String bucket(Document entry) {
        return DueBuckets.of(entry.getString("_id"), entry.getDate("dueAt").toInstant());
    }
}
