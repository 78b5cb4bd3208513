package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Due items in {@code due_work}. A claim must stay correct with any number of claimers and cheap on the
 * embedded server, which uses no index for a query with more than {@code _id} in it and scans instead:
 * find the claimable item due first, then claim every claimable item of its slot with one conditional update
 * that sets a fresh token (MongoDB checks the condition per document atomically; the embedded server
 * runs the whole update under the collection's lock), read back what carries the token, and give back
 * at once what exceeds the batch (by {@code _id}, which every server indexes). Finishing a batch is one
 * update by {@code _id}: the items were handled, so they are done even if a lease ran out meanwhile.
 * So a batch costs two scans, whatever its size, instead of one per item.
 */
final class MongoDueWork implements DueWork {

    static final Instant FREE = Instant.EPOCH;
    private static final String COLLECTION = "due_work";
    /** How many groups the due items fall into; a claim takes the claimable items of one. */
    static final int SLOTS = 32;
    /** Another claimer may take every candidate first; look again a few times before saying nothing is due. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    MongoDueWork(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean plan(DueItem item) {
        try {
            mongo.insert(toDocument(item));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    @Override
    public void planAll(List<DueItem> items) {
        if (items.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DueWorkDocument.class)
                    .insert(items.stream().map(MongoDueWork::toDocument).toList())
                    .execute();
        } catch (BulkOperationException someExisted) {
            // the other occasions were inserted; the existing ones stay as they are
        }
    }

    @Override
    public void schedule(DueItem item) {
        Update move =
                Update.update("dueAt", item.dueAt()).set("claimedBy", null).set("leaseUntil", FREE);
        Query pendingElsewhen = query(
                where("_id").is(item.key()).and("done").is(false).and("dueAt").ne(item.dueAt()));
        if (mongo.updateFirst(pendingElsewhen, move, DueWorkDocument.class).getMatchedCount() == 0) {
            plan(item);
        }
    }

    @Override
    public List<Claimed> claim(String instanceId, Instant now, Duration lease, int limit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query first = query(claimable(now)).with(Sort.by("dueAt")).limit(1);
            first.fields().include("slot");
            org.bson.Document candidate = mongo.findOne(first, org.bson.Document.class, COLLECTION);
            if (candidate == null) {
                return List.of();
            }
            String token = instanceId + "/" + UUID.randomUUID();
            mongo.updateMulti(
                    query(claimable(now).and("slot").is(candidate.getInteger("slot", 0))),
                    Update.update("claimedBy", token).set("leaseUntil", now.plus(lease)),
                    DueWorkDocument.class);
            List<DueWorkDocument> mine = mongo.find(query(where("claimedBy").is(token)), DueWorkDocument.class);
            if (!mine.isEmpty()) {
                return keep(mine, token, limit);
            }
        }
        return List.of();
    }

    private List<Claimed> keep(List<DueWorkDocument> mine, String token, int limit) {
        List<DueWorkDocument> sorted = mine.stream()
                .sorted(Comparator.comparing(DueWorkDocument::dueAt).thenComparing(DueWorkDocument::id))
                .toList();
        if (sorted.size() > limit) {
            List<String> surplus = sorted.subList(limit, sorted.size()).stream()
                    .map(DueWorkDocument::id)
                    .toList();
            mongo.updateMulti(
                    query(where("_id").in(surplus)),
                    Update.update("claimedBy", null).set("leaseUntil", FREE),
                    DueWorkDocument.class);
        }
        return sorted.stream()
                .limit(limit)
                .map(d -> new Claimed(toItem(d), token))
                .toList();
    }

    @Override
    public void done(Collection<Claimed> claims, Instant now) {
        if (claims.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DueWorkDocument.class);
        Update finished = Update.update("done", true).set("doneAt", now).set("leaseUntil", FREE);
        claims.forEach(c -> bulk.updateOne(query(where("_id").is(c.item().key())), finished));
        bulk.execute();
    }

    @Override
    public void release(Claimed claim, Instant dueAt) {
        mongo.updateFirst(
                query(where("_id").is(claim.item().key()).and("claimedBy").is(claim.token())),
                Update.update("dueAt", dueAt).set("claimedBy", null).set("leaseUntil", FREE),
                DueWorkDocument.class);
    }

    private static Criteria claimable(Instant now) {
        return where("done").is(false).and("dueAt").lte(now).and("leaseUntil").lte(now);
    }

    private static DueWorkDocument toDocument(DueItem i) {
        CommunityRef c = i.community();
        return new DueWorkDocument(
                i.key(),
                i.kind(),
                c.id(),
                c.platform().name(),
                c.externalId(),
                c.name(),
                i.internship(),
                i.ref(),
                i.occasion(),
                i.recipient(),
                i.dueAt(),
                Math.floorMod(i.key().hashCode(), SLOTS),
                false,
                null,
                FREE,
                null);
    }

    private static DueItem toItem(DueWorkDocument d) {
        return new DueItem(
                d.id(),
                d.kind(),
                new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.communityName()),
                d.internship(),
                d.ref(),
                d.occasion(),
                d.recipient(),
                d.dueAt());
    }
}
