package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.outbox.LaneClaim;
import dev.atelier.core.outbox.Outbox;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.outbox.Pace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox in {@code outbox} (items) and {@code outbox_lanes} (one document per channel or DM). Writing
 * an item takes the lane's next sequence number (an atomic increment on the lane, by {@code _id}), inserts
 * the item, then lists it in the lane and the lane among those with work ({@link OutboxWaiting}: a lane's
 * pending items and the lanes with work are read by {@code _id}); a crash in between leaves an item that
 * {@link #reactivate} lists. A claim reads the lanes with work by {@code _id}, picks those due and under no live
 * lease, earliest due first, and takes one with a {@code findAndModify} on its {@code _id} and the lease and due
 * time it read (a unique index serves that filter; no match: another instance was first), under a fresh token,
 * so one instance at a time delivers it; a release is an update on {@code _id} and that token (a unique index
 * again). Every item change is conditional on the item still pending ({@code _id} and state, served by a unique
 * index). An emptied lane is taken off the list, then looked at once more, so an item written meanwhile is never
 * stranded. A finished item is marked (conditionally), summarised in {@code outbox_done} (state, platform
 * message id, reason) and removed, so {@code outbox} holds only what waits.
 */
public final class MongoOutbox implements Outbox {

    private static final Instant FREE = Instant.EPOCH;
    private static final String PENDING = OutboxItemMapper.PENDING;
    private static final String REPORTS = "outbox_reports";
    private static final String DONE = "outbox_done";
    /** How many lanes a claim tries when other instances take the first ones it picked. */
    private static final int ATTEMPTS = 5;
    /** Lanes read by {@code _id $in} at a time. */
    private static final int PAGE = 500;

    private final MongoTemplate mongo;
    private final OutboxWaiting waiting;
    /** Finished items' summaries by the time they finished: what a purge reads. */
    private final TimeLists finished;

    private MongoOutbox(MongoTemplate mongo) {
        this.mongo = mongo;
        this.waiting = new OutboxWaiting(mongo);
        this.finished = new TimeLists(mongo, DONE);
        // summaries stored before they were listed by the time finished are listed once
        Migrations.once(mongo, "outbox-done-lists-1", () -> {
            java.util.Map<String, Instant> stored = new java.util.HashMap<>();
            mongo.getCollection(DONE)
                    .find()
                    .projection(new org.bson.Document("finishedAt", 1))
                    .forEach(d -> stored.put(
                            String.valueOf(d.get("_id")),
                            d.getDate("finishedAt") == null
                                    ? Instant.EPOCH
                                    : d.getDate("finishedAt").toInstant()));
            finished.addAll(stored);
        });
    }

    /** The outbox on {@code mongo}, with its indexes declared (for a real MongoDB). */
    public static Outbox create(MongoTemplate mongo) {
        StoreIndexes.of(mongo, OutboxItemDocument.class)
                .retire("lane_1_state_1_seq_1")
                .unique("outbox_item_state", "_id", "state")
                .on("state");
        mongo.indexOps(DONE).createIndex(new Index().on("finishedAt", Sort.Direction.ASC));
        mongo.indexOps(DONE)
                .createIndex(new Index()
                        .on("communityId", Sort.Direction.ASC)
                        .on("state", Sort.Direction.ASC)
                        .on("finishedAt", Sort.Direction.DESC));
        mongo.indexOps(OutboxItemDocument.class)
                .createIndex(new Index()
                        .on("communityId", Sort.Direction.ASC)
                        .on("state", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.ASC));
        // a claim and a release go by _id and what they read: unique indexes make the embedded server use them
        StoreIndexes.of(mongo, OutboxLaneDocument.class)
                .retire("active_1_nextAttemptAt_1_leaseUntil_1")
                .unique("outbox_lane_claim", "_id", "leaseUntil", "nextAttemptAt")
                .unique("outbox_lane_holder", "_id", "claimedBy");
        return new MongoOutbox(mongo);
    }

    @Override
    public void add(OutboxItem item) {
        OutboxLaneDocument lane = mongo.findAndModify(
                query(where("_id").is(item.lane())),
                new Update().inc("seq", 1L).setOnInsert("nextAttemptAt", FREE).setOnInsert("leaseUntil", FREE),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                OutboxLaneDocument.class);
        mongo.insert(OutboxItemMapper.toDocument(item, lane.seq()));
        waiting.list(item.lane(), lane.seq(), item.id());
    }

    @Override
    public Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease) {
        List<String> active = waiting.activeLanes();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        List<OutboxLaneDocument> due = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < active.size(); from += PAGE) {
            List<String> page = active.subList(from, Math.min(active.size(), from + PAGE));
            for (OutboxLaneDocument lane : mongo.find(query(where("_id").in(page)), OutboxLaneDocument.class)) {
                found.add(lane.id());
                if (claimable(lane, now)) {
                    due.add(lane);
                }
            }
        }
        // a listed lane without a document was erased with its member: nothing is left to deliver in it
        waiting.idle(active.stream().filter(l -> !found.contains(l)).toList());
        due.sort(Comparator.comparing(OutboxLaneDocument::nextAttemptAt));
        for (OutboxLaneDocument lane : due.subList(0, Math.min(ATTEMPTS, due.size()))) {
            Optional<LaneClaim> claim = take(lane, instanceId, now, lease);
            if (claim.isPresent()) {
                return claim;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<LaneClaim> claim(String lane, String instanceId, Instant now, Duration lease) {
        OutboxLaneDocument read = mongo.findById(lane, OutboxLaneDocument.class);
        if (read == null || read.waiting() == null || read.waiting().isEmpty() || !claimable(read, now)) {
            return Optional.empty();
        }
        return take(read, instanceId, now, lease);
    }

    /**
     * Takes a lane whose lease and due time were read as claimable: the filter is its {@code _id} with the values
     * read, so it matches only while the lane is still as read (still claimable); returns the lane as taken, with
     * its current pace.
     */
    private Optional<LaneClaim> take(OutboxLaneDocument read, String instanceId, Instant now, Duration lease) {
        String token = instanceId + "/" + UUID.randomUUID();
        OutboxLaneDocument lane = mongo.findAndModify(
                query(where("_id")
                        .is(read.id())
                        .and("leaseUntil")
                        .is(read.leaseUntil())
                        .and("nextAttemptAt")
                        .is(read.nextAttemptAt())),
                Update.update("claimedBy", token).set("leaseUntil", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true),
                OutboxLaneDocument.class);
        if (lane == null) {
            return Optional.empty();
        }
        Pace pace = lane.tokens() == null || lane.tokensAt() == null ? null : new Pace(lane.tokens(), lane.tokensAt());
        return Optional.of(new LaneClaim(lane.id(), token, pace));
    }

    private static boolean claimable(OutboxLaneDocument lane, Instant now) {
        return lane.leaseUntil() != null
                && lane.nextAttemptAt() != null
                && !lane.leaseUntil().isAfter(now)
                && !lane.nextAttemptAt().isAfter(now);
    }

    @Override
    public List<OutboxItem> pending(LaneClaim claim, int limit) {
        return waiting.pending(claim.lane(), limit).stream()
                .map(OutboxItemMapper::toItem)
                .toList();
    }

    @Override
    public void attempting(OutboxItem item, Instant now) {
        change(item, new Update().inc("attempts", 1).set("unsure", true).set("lastAttemptAt", now));
    }

    @Override
    public void delivered(OutboxItem item, String messageId, Instant now) {
        if (change(
                item,
                Update.update("state", "DELIVERED")
                        .set("messageId", messageId)
                        .set("unsure", false)
                        .set("finishedAt", now))) {
            archive(item, "DELIVERED", messageId, null, now);
        }
    }

    @Override
    public void failed(OutboxItem item, boolean unsure, String reason, Instant now) {
        change(item, Update.update("unsure", unsure).set("reason", reason));
    }

    @Override
    public void dropped(OutboxItem item, String reason, Instant now) {
        if (change(item, Update.update("state", "DROPPED").set("reason", reason).set("finishedAt", now))) {
            archive(item, "DROPPED", null, reason, now);
        }
    }

    private boolean change(OutboxItem item, Update update) {
        return mongo.updateFirst(
                                query(where("_id").is(item.id()).and("state").is(PENDING)),
                                update,
                                OutboxItemDocument.class)
                        .getModifiedCount()
                > 0;
    }

    private void archive(OutboxItem item, String state, String messageId, String reason, Instant now) {
        OutboxItemDocument marked = mongo.findById(item.id(), OutboxItemDocument.class);
        int attempts = marked == null ? item.attempts() : marked.attempts();
        finished.add(item.id(), now);
        mongo.save(
                new org.bson.Document("_id", item.id())
                        .append("communityId", item.community().id())
                        .append("state", state)
                        .append("messageId", messageId)
                        .append("reason", reason)
                        .append("attempts", attempts)
                        .append("finishedAt", java.util.Date.from(now)),
                DONE);
        mongo.remove(query(where("_id").is(item.id())), OutboxItemDocument.class);
        waiting.finished(item.lane(), item.id());
    }

    @Override
    public void release(LaneClaim claim, Instant next, Pace pace) {
        Query mine = query(where("_id").is(claim.lane()).and("claimedBy").is(claim.token()));
        Update free = Update.update("claimedBy", null).set("leaseUntil", FREE).set("nextAttemptAt", next);
        if (pace != null) {
            free.set("tokens", pace.tokens()).set("tokensAt", pace.at());
        }
        boolean emptied = !waiting.hasPending(claim.lane());
        if (mongo.updateFirst(mine, free, OutboxLaneDocument.class).getMatchedCount() > 0 && emptied) {
            waiting.idle(List.of(claim.lane()));
            // an item listed since the look above is in the lane by now, and its lane listed again or about to be
            if (waiting.hasPending(claim.lane())) {
                waiting.activate(List.of(claim.lane()));
            }
        }
    }

    @Override
    public void reactivate() {
        waiting.activate(waiting.relist());
    }

    @Override
    public long purge(Instant before) {
        // finished items a crash left between their mark and their removal (outbox holds only what waits)
        mongo.remove(query(where("state").in("DELIVERED", "DROPPED")), OutboxItemDocument.class);
        TimeLists.Taken taken = finished.takeBefore(before);
        long deleted = 0;
        for (int from = 0; from < taken.ids().size(); from += PAGE) {
            List<String> page = taken.ids().subList(from, Math.min(taken.ids().size(), from + PAGE));
            // by the raw _id (an id of 24 hex characters stays a string)
            deleted += mongo.getCollection(DONE)
                    .deleteMany(new org.bson.Document("_id", new org.bson.Document("$in", page)))
                    .getDeletedCount();
        }
        finished.forget(taken);
        return deleted;
    }

    @Override
    public boolean firstReport(String communityId, String what, Instant now) {
        try {
            mongo.insert(new org.bson.Document("_id", communityId + "|" + what).append("at", now), REPORTS);
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    @Override
    public Optional<Sent> find(String id) {
        OutboxItemDocument waiting = mongo.findById(id, OutboxItemDocument.class);
        if (waiting != null) {
            return Optional.of(
                    new Sent(id, waiting.state(), waiting.messageId(), waiting.reason(), waiting.attempts()));
        }
        // by the raw _id: findById would turn an id of 24 hex characters into an ObjectId and miss it
        return Optional.ofNullable(mongo.getCollection(DONE)
                        .find(new org.bson.Document("_id", id))
                        .first())
                .map(d -> new Sent(
                        id,
                        d.getString("state"),
                        d.getString("messageId"),
                        d.getString("reason"),
                        d.getInteger("attempts", 0)));
    }

    @Override
    public Backlog backlog(String communityId) {
        Criteria pending = where("state").is(PENDING);
        Criteria refused = where("state").is("DROPPED").and("reason").regex("^(gone|refused|blocked)");
        if (communityId != null) {
            pending = pending.and("communityId").is(communityId);
            refused = refused.and("communityId").is(communityId);
        }
        List<String> refusals = communityId == null
                ? List.of()
                : mongo
                        .find(
                                query(refused)
                                        .with(Sort.by(Sort.Direction.DESC, "finishedAt"))
                                        .limit(5),
                                org.bson.Document.class,
                                DONE)
                        .stream()
                        .map(d -> d.getString("reason"))
                        .toList();
        long count = mongo.count(query(pending), OutboxItemDocument.class);
        Query oldest = query(pending).with(Sort.by("createdAt")).limit(1);
        oldest.fields().include("createdAt");
        org.bson.Document first = count == 0 ? null : mongo.findOne(oldest, org.bson.Document.class, "outbox");
        return new Backlog(
                count, first == null ? null : first.getDate("createdAt").toInstant(), refusals);
    }
}
