package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Due items kept so that a burst costs a few writes per bucket, not per item, on any MongoDB server:
 * <ul>
 *   <li>{@code due_work}: one entry per occasion key ({@code _id}), so an occasion is planned once; it keeps
 *       the occasion's due time (export, erasure and retention read it). It is not touched while draining.
 *   <li>{@code due_buckets}: one small head per due minute and shard ({@link DueBuckets}), listing the
 *       segments that hold its items, with the earliest due time and the lease of its claimer.
 *   <li>{@code due_segments}: the items' payloads, one document per bucket, community and planning call.
 * </ul>
 * Claiming is one conditional update of a head (atomic per document on every server), then one read of its
 * segments by {@code _id}; finishing deletes the segments that were worked off and frees the head, or deletes
 * it when nothing is left. An item is pending while its bucket lists a segment that holds it. A claim finds the
 * due heads by their ids, minute by minute from the oldest that may be pending ({@link DueHeadsCursor}), so its
 * cost follows what is due, not every pending minute.
 */
final class MongoDueWork implements DueWork {

    static final String ITEMS = "due_work";
    static final String SEGMENTS = "due_segments";
    private static final Date FREE = Date.from(Instant.EPOCH);
    /** Another claimer may take every candidate first; look again a few times before saying nothing is due. */
    private static final int ATTEMPTS = 5;

    private static final int CANDIDATES = 4;

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> segments;
    private final DueHeadsCursor cursor;

    MongoDueWork(MongoTemplate mongo) {
        this.items = mongo.getCollection(ITEMS);
        this.heads = mongo.getCollection(DueBuckets.HEADS);
        this.segments = mongo.getCollection(SEGMENTS);
        this.cursor = new DueHeadsCursor(mongo);
        segments.createIndex(
                Indexes.ascending("communityId", "items.recipient"), new IndexOptions().name("segment_recipients"));
    }

    @Override
    public boolean plan(DueItem item) {
        try {
            items.insertOne(DuePayload.entry(item));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        queue(List.of(item));
        return true;
    }

    @Override
    public void planAll(List<DueItem> planned) {
        if (planned.isEmpty()) {
            return;
        }
        List<DueItem> fresh = new ArrayList<>(planned);
        try {
            items.insertMany(planned.stream().map(DuePayload::entry).toList(), new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            Set<Integer> existed = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existed.add(error.getIndex());
            }
            fresh.clear();
            for (int i = 0; i < planned.size(); i++) {
                if (!existed.contains(i)) {
                    fresh.add(planned.get(i));
                }
            }
        }
        queue(fresh);
    }

    @Override
    public void schedule(DueItem item) {
        Document entry = items.find(eq("_id", item.key())).first();
        if (entry == null) {
            plan(item);
            return;
        }
        Instant was = entry.getDate("dueAt").toInstant();
        if (was.equals(item.dueAt())) {
            return;
        }
        String segment = pendingSegment(item.key(), was);
        if (segment == null) {
            return;
        }
        queue(List.of(item));
        segments.updateOne(eq("_id", segment), Updates.pull("items", new Document("key", item.key())));
        items.updateOne(eq("_id", item.key()), Updates.set("dueAt", Date.from(item.dueAt())));
    }

    /** The segment that still holds the item due at {@code dueAt}, or null when it is done. */
    private String pendingSegment(String key, Instant dueAt) {
        Document head = heads.find(eq("_id", DueBuckets.of(key, dueAt))).first();
        if (head == null) {
            return null;
        }
        for (Document segment : segments.find(in("_id", DueBuckets.segmentIds(head)))) {
            for (Document item : segment.getList("items", Document.class)) {
                if (key.equals(item.getString("key"))) {
                    return segment.getString("_id");
                }
            }
        }
        return null;
    }

    @Override
    public List<Claimed> claim(String instanceId, Instant now, Duration lease, int limit) {
        Date at = Date.from(now);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<String> candidates =
                    cursor
                            .dueBy(
                                    now,
                                    CANDIDATES,
                                    h -> !h.getDate("leaseUntil").toInstant().isAfter(now))
                            .stream()
                            .limit(CANDIDATES)
                            .map(h -> h.getString("_id"))
                            .toList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            for (String bucket : candidates) {
                String token = instanceId + "/" + UUID.randomUUID();
                Document head = heads.findOneAndUpdate(
                        and(eq("_id", bucket), claimable(at)),
                        Updates.combine(
                                Updates.set("claimedBy", token), Updates.set("leaseUntil", Date.from(now.plus(lease)))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                if (head == null) {
                    continue;
                }
                List<Claimed> mine = take(head, token, now, limit);
                if (!mine.isEmpty()) {
                    return mine;
                }
            }
        }
        return List.of();
    }

    private static Bson claimable(Date at) {
        return and(lte("dueAt", at), lte("leaseUntil", at));
    }

    /** The due items of a head this instance just claimed, up to {@code limit}, earliest first. */
    private List<Claimed> take(Document head, String token, Instant now, int limit) {
        String bucket = head.getString("_id");
        List<Document> held =
                segments.find(in("_id", DueBuckets.segmentIds(head))).into(new ArrayList<>());
        List<Claimed> due = new ArrayList<>();
        Instant next = null;
        for (Document segment : held) {
            for (Document item : segment.getList("items", Document.class)) {
                Instant dueAt = item.getDate("dueAt").toInstant();
                if (dueAt.isAfter(now)) {
                    next = next == null || dueAt.isBefore(next) ? dueAt : next;
                } else {
                    due.add(new Claimed(
                            DuePayload.item(segment, item), ClaimToken.of(token, bucket, segment.getString("_id"))));
                }
            }
        }
        if (!due.isEmpty()) {
            due.sort(Comparator.comparing((Claimed c) -> c.item().dueAt())
                    .thenComparing(c -> c.item().key()));
            return List.copyOf(due.subList(0, Math.min(limit, due.size())));
        }
        List<String> empty = held.stream()
                .filter(s -> s.getList("items", Document.class).isEmpty())
                .map(s -> s.getString("_id"))
                .toList();
        List<String> missing = new ArrayList<>(DueBuckets.segmentIds(head));
        held.forEach(s -> missing.remove(s.getString("_id")));
        if (!empty.isEmpty()) {
            segments.deleteMany(in("_id", empty));
        }
        missing.addAll(empty);
        free(bucket, token, missing, next);
        return List.of();
    }

    @Override
    public void done(Collection<Claimed> claims, Instant now) {
        settle(claims, claims, now);
    }

    @Override
    public void settle(Collection<Claimed> claimed, Collection<Claimed> finished, Instant now) {
        Map<String, String> claimOfHead = new LinkedHashMap<>();
        claimed.forEach(c -> claimOfHead.put(ClaimToken.bucket(c.token()), ClaimToken.claim(c.token())));
        Map<String, Set<String>> finishedKeys = new HashMap<>();
        finished.forEach(c -> finishedKeys
                .computeIfAbsent(ClaimToken.segment(c.token()), s -> new HashSet<>())
                .add(c.item().key()));
        List<String> touched = claimed.stream()
                .map(c -> ClaimToken.segment(c.token()))
                .distinct()
                .toList();
        Map<String, List<String>> workedByHead = new LinkedHashMap<>();
        List<String> worked = new ArrayList<>();
        for (Document segment : segments.find(in("_id", touched))) {
            String id = segment.getString("_id");
            Set<String> keys = finishedKeys.getOrDefault(id, Set.of());
            boolean left =
                    segment.getList("items", Document.class).stream().anyMatch(i -> !keys.contains(i.getString("key")));
            if (!left) {
                worked.add(id);
                workedByHead
                        .computeIfAbsent(segment.getString("bucket"), b -> new ArrayList<>())
                        .add(id);
            } else if (!keys.isEmpty()) {
                segments.updateOne(
                        eq("_id", id), Updates.pull("items", new Document("key", new Document("$in", keys))));
            }
        }
        if (!worked.isEmpty()) {
            segments.deleteMany(in("_id", worked));
        }
        claimOfHead.forEach((bucket, token) -> free(bucket, token, workedByHead.getOrDefault(bucket, List.of()), null));
    }

    /**
     * Gives a claimed head back: drops the segments worked off, frees its lease if this claim still holds it
     * (later due than {@code next} when only later items are left), and deletes it when it lists nothing.
     */
    private void free(String bucket, String token, List<String> worked, Instant next) {
        List<Bson> changes = new ArrayList<>();
        changes.add(Updates.set("claimedBy", null));
        changes.add(Updates.set("leaseUntil", FREE));
        if (next != null) {
            changes.add(Updates.set("dueAt", Date.from(next)));
        }
        if (!worked.isEmpty()) {
            changes.add(Updates.pullAll("segments", worked));
        }
        if (heads.updateOne(and(eq("_id", bucket), eq("claimedBy", token)), Updates.combine(changes))
                                .getMatchedCount()
                        == 0
                && !worked.isEmpty()) {
            heads.updateOne(eq("_id", bucket), Updates.pullAll("segments", worked));
        }
        heads.deleteOne(and(eq("_id", bucket), size("segments", 0)));
    }

    @Override
    public void forget(Collection<String> keys) {
        if (!keys.isEmpty()) {
            items.deleteMany(in("_id", List.copyOf(keys)));
        }
    }

    @Override
    public void release(Claimed claim, Instant dueAt) {
        String bucket = ClaimToken.bucket(claim.token());
        Document head = heads.find(eq("_id", bucket)).first();
        if (head == null || !ClaimToken.claim(claim.token()).equals(head.getString("claimedBy"))) {
            return;
        }
        queue(List.of(claim.item().at(dueAt)));
        segments.updateOne(
                eq("_id", ClaimToken.segment(claim.token())),
                Updates.pull("items", new Document("key", claim.item().key())));
        items.updateOne(eq("_id", claim.item().key()), Updates.set("dueAt", Date.from(dueAt)));
    }

    /**
     * Puts items into their buckets: one segment per bucket and community, then each head lists it (created
     * if new, its due time lowered to the earliest item). A segment is written before a head lists it, so a
     * claimer never finds a listed segment half written.
     */
    private void queue(List<DueItem> queued) {
        if (queued.isEmpty()) {
            return;
        }
        Map<String, Map<String, List<DueItem>>> byBucket = new LinkedHashMap<>();
        for (DueItem item : queued) {
            byBucket.computeIfAbsent(DueBuckets.of(item.key(), item.dueAt()), b -> new LinkedHashMap<>())
                    .computeIfAbsent(item.community().id(), c -> new ArrayList<>())
                    .add(item);
        }
        List<Document> written = new ArrayList<>();
        List<WriteModel<Document>> listings = new ArrayList<>();
        byBucket.forEach((bucket, byCommunity) -> byCommunity.values().forEach(group -> {
            String id = UUID.randomUUID().toString();
            written.add(DuePayload.segment(id, bucket, group));
            Instant earliest = group.stream()
                    .map(DueItem::dueAt)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            listings.add(new UpdateOneModel<>(
                    eq("_id", bucket),
                    Updates.combine(
                            Updates.push("segments", id),
                            Updates.min("dueAt", Date.from(earliest)),
                            Updates.setOnInsert("leaseUntil", FREE),
                            Updates.setOnInsert("claimedBy", null)),
                    new UpdateOptions().upsert(true)));
        }));
        segments.insertMany(written);
        List<WriteModel<Document>> left = listings;
        for (int attempt = 0; ; attempt++) {
            try {
                heads.bulkWrite(left);
                // after the heads: a claimer that read the cursor before this cannot move it past them
                cursor.lower(byBucket.keySet().stream()
                        .mapToLong(DueBuckets::minuteOf)
                        .min()
                        .orElseThrow());
                return;
            } catch (MongoBulkWriteException raced) {
                // two planners created the same head at once; the loser's upsert, tried again, updates it
                BulkWriteError first = raced.getWriteErrors().get(0);
                if (first.getCategory() != ErrorCategory.DUPLICATE_KEY || attempt == ATTEMPTS) {
                    throw raced;
                }
                left = left.subList(first.getIndex(), left.size());
            }
        }
    }
}
