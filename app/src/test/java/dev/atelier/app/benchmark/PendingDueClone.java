package dev.atelier.app.benchmark;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import dev.atelier.core.community.CommunityRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The template community's pending due items, planned again for each cloned community in bulk, as the
 * due-work store's {@code planAll} leaves them: for each of the template's planning calls (its segments) and
 * each bucket (due minute and key shard) the clone's items fall into, one segment, listed by the bucket's head ({@code $push} of the segment ids, {@code $min} of the due
 * time, a free lease on insert: the same update the store makes, for many segments at once). The bucket rule is
 * the store's; it is read off the template's own segments, which the real store wrote, and checked against every
 * one of their items before anything is cloned. Segments are written before the heads list them; heads are
 * updated every {@value #HEAD_LISTINGS} segments, so a head's list is rewritten a few times, not once per
 * segment.
 */
final class PendingDueClone {

    static final String HEADS = "due_buckets";
    static final String SEGMENTS = "due_segments";
    static final int SHARDS = 16;
    private static final int HEAD_LISTINGS = 100_000;

    private final MongoCollection<?> heads;
    private final MongoCollection<?> segmentCollection;
    /** The template's segments (one per bucket and planning call), each with its items. */
    private final List<Document> planned = new ArrayList<>();

    private final Object free;
    private final List<Document> unwritten = new ArrayList<>();
    private final Map<String, List<Object>> listings = new LinkedHashMap<>();
    private final Map<String, Instant> earliest = new LinkedHashMap<>();
    private int listed;
    private long items;
    private long segments;

    PendingDueClone(MongoDatabase database, CommunityRef template) {
        this.heads = database.resolveCollection(HEADS, false);
        this.segmentCollection = database.resolveCollection(SEGMENTS, false);
        if (segmentCollection != null) {
            for (Document segment : segmentCollection.handleQuery(new Document("communityId", template.id()))) {
                planned.add(segment);
                for (Object item : (List<?>) segment.get("items")) {
                    Document payload = (Document) item;
                    String bucket = bucketOf(payload);
                    if (!bucket.equals(segment.get("bucket"))) {
                        throw new IllegalStateException("the due-work store put " + payload.get("key") + " in bucket "
                                + segment.get("bucket") + ", this clone would put it in " + bucket
                                + ": its bucket rule changed");
                    }
                }
            }
        }
        this.free = planned.isEmpty() ? null : freeLease();
    }

    private Object freeLease() {
        for (Document head : heads.queryAll()) {
            if (head.get("claimedBy") == null) {
                return head.get("leaseUntil");
            }
        }
        throw new IllegalStateException("no free bucket head to read a free lease from");
    }

    /** The bucket of a payload: its due minute and its key's shard, as the due-work store names it. */
    static String bucketOf(Document payload) {
        Instant dueAt = (Instant) payload.get("dueAt");
        String key = (String) payload.get("key");
        return String.format(
                "%012d#%02d", Math.floorDiv(dueAt.getEpochSecond(), 60), Math.floorMod(key.hashCode(), SHARDS));
    }

    /**
     * Plans the template's pending items for community {@code externalId} as the template's planning calls did:
     * for each of the template's segments, its items (rewritten) in one segment per bucket they fall into.
     */
    void plan(String externalId, BiFunction<Object, String, Object> rewrite) {
        for (Document template : planned) {
            Document copy = (Document) rewrite.apply(template, externalId);
            Map<String, List<Document>> byBucket = new LinkedHashMap<>();
            for (Object item : (List<?>) copy.get("items")) {
                byBucket.computeIfAbsent(bucketOf((Document) item), b -> new ArrayList<>())
                        .add((Document) item);
            }
            byBucket.forEach((bucket, group) -> add(copy, bucket, group));
        }
    }

    private void add(Document copy, String bucket, List<Document> group) {
        Document segment = new Document();
        copy.forEach(segment::put);
        String id = UUID.randomUUID().toString();
        segment.put("_id", id);
        segment.put("bucket", bucket);
        segment.put("items", group);
        unwritten.add(segment);
        listings.computeIfAbsent(bucket, b -> new ArrayList<>()).add(id);
        Instant due = group.stream()
                .map(p -> (Instant) p.get("dueAt"))
                .min(Instant::compareTo)
                .orElseThrow();
        earliest.merge(bucket, due, (a, b) -> a.isBefore(b) ? a : b);
        listed++;
        items += group.size();
    }

    /** Writes the segments planned so far; lists them in their heads once many are waiting. */
    void flushIfFull() {
        writeSegments();
        if (listed >= HEAD_LISTINGS) {
            listInHeads();
        }
    }

    /** Writes the segments planned so far and lists every one of them in its head. */
    void flush() {
        writeSegments();
        listInHeads();
    }

    private void writeSegments() {
        if (unwritten.isEmpty()) {
            return;
        }
        List<Document> errors = segmentCollection.insertDocuments(unwritten, false);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("segments not inserted: " + errors.get(0));
        }
        segments += unwritten.size();
        unwritten.clear();
    }

    private void listInHeads() {
        listings.forEach((bucket, ids) -> heads.updateDocuments(
                new Document("_id", bucket),
                new Document("$push", new Document("segments", new Document("$each", ids)))
                        .append("$min", new Document("dueAt", earliest.get(bucket)))
                        .append("$setOnInsert", new Document("leaseUntil", free).append("claimedBy", null)),
                ArrayFilters.empty(),
                false,
                true,
                NoopOplog.get()));
        listings.clear();
        earliest.clear();
        listed = 0;
    }

    long items() {
        return items;
    }

    long segments() {
        return segments;
    }
}
