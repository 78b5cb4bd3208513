package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Ids of one kind of document listed by a time (when they expire, when they were finished), so that a purge reads
 * what is due by {@code _id} instead of a range query, which the embedded server answers by scanning the whole
 * collection. Each time bucket (ten minutes) is one list, {@code {_id: "<kind>/<bucket>", ids: [...]}}, and the
 * kind's index, {@code {_id: "<kind>", buckets: [...]}}, names the buckets that have a list. A bucket is put in the
 * index before its first id is listed (once per bucket and instance), so a crash leaves at most a bucket named
 * without a list. {@link #takeBefore} reads the index and the lists of the buckets that end by then; {@link
 * #forget} deletes those lists once the purge deleted what they name. A purge is idempotent: a crash before
 * {@link #forget} only makes the next one look at the same ids again.
 */
final class TimeLists {

    static final String COLLECTION = "time_lists";
    static final Duration BUCKET = Duration.ofMinutes(10);
    /** Buckets one purge takes at most (a long stop leaves many: the next purges take the rest). */
    static final int MAX_BUCKETS = 144;

    private final MongoCollection<Document> lists;
    private final String kind;
    private volatile long lastIndexed = Long.MIN_VALUE;

    TimeLists(MongoTemplate mongo, String kind) {
        this.lists = mongo.getCollection(COLLECTION);
        this.kind = kind;
    }

    /** The ids of a purge: the buckets taken and every id they list. */
    record Taken(List<Long> buckets, List<String> ids) {

        boolean isEmpty() {
            return buckets.isEmpty();
        }
    }

    /** Lists {@code id} under the bucket of {@code at}. */
    void add(String id, Instant at) {
        long bucket = bucketOf(at);
        if (bucket != lastIndexed) {
            index(List.of(bucket));
            lastIndexed = bucket;
        }
        lists.updateOne(eq("_id", listId(bucket)), Updates.addToSet("ids", id), new UpdateOptions().upsert(true));
    }

    /** Lists many ids at once (a migration listing what an earlier version stored), each under its time. */
    void addAll(Map<String, Instant> ids) {
        Map<Long, List<String>> byBucket = new TreeMap<>();
        ids.forEach((id, at) ->
                byBucket.computeIfAbsent(bucketOf(at), b -> new ArrayList<>()).add(id));
        index(byBucket.keySet());
        byBucket.forEach((bucket, some) -> lists.updateOne(
                eq("_id", listId(bucket)), Updates.addEachToSet("ids", some), new UpdateOptions().upsert(true)));
    }

    /** The ids listed in buckets that end at or before {@code before} (by {@code _id}: the index, then the lists). */
    Taken takeBefore(Instant before) {
        Document index = lists.find(eq("_id", kind)).first();
        if (index == null) {
            return new Taken(List.of(), List.of());
        }
        long last = Math.floorDiv(before.getEpochSecond(), BUCKET.toSeconds()) - 1;
        List<Long> due = index.getList("buckets", Long.class, List.of()).stream()
                .filter(b -> b <= last)
                .sorted()
                .limit(MAX_BUCKETS)
                .toList();
        if (due.isEmpty()) {
            return new Taken(List.of(), List.of());
        }
        List<String> ids = new ArrayList<>();
        lists.find(in("_id", due.stream().map(this::listId).toList()))
                .forEach(list -> ids.addAll(list.getList("ids", String.class, List.of())));
        return new Taken(due, ids);
    }

    /** Deletes the lists a purge took, after it deleted what they name. */
    void forget(Taken taken) {
        if (taken.isEmpty()) {
            return;
        }
        lists.deleteMany(in("_id", taken.buckets().stream().map(this::listId).toList()));
        lists.updateOne(eq("_id", kind), Updates.pullAll("buckets", taken.buckets()));
    }

    private void index(Collection<Long> buckets) {
        lists.updateOne(
                eq("_id", kind),
                Updates.addEachToSet("buckets", List.copyOf(buckets)),
                new UpdateOptions().upsert(true));
    }

    private String listId(long bucket) {
        return kind + "/" + bucket;
    }

    private static long bucketOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), BUCKET.toSeconds());
    }
}
