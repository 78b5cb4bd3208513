package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.duework.Claimed;
import dev.atelier.core.duework.DueItem;
import dev.atelier.core.duework.DueWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Due items in {@code due_work}. A claim takes a batch in three steps that stay correct with any
 * number of claimers: read the ids of up to {@code limit} claimable items, set a fresh claim token on
 * those still claimable (one update; MongoDB checks the condition per document atomically), read back
 * the ones that carry the token. Every step after the first goes by {@code _id}, which the embedded
 * server indexes too (it ignores secondary indexes), so a batch costs one scan, not one per item.
 */
final class MongoDueWork implements DueWork {

    static final Instant FREE = Instant.EPOCH;

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
    public void schedule(DueItem item) {
        Update move = Update.update("dueAt", item.dueAt()).set("claimedBy", null).set("leaseUntil", FREE);
        Query pendingElsewhen = query(where("_id").is(item.key()).and("done").is(false).and("dueAt").ne(item.dueAt()));
        if (mongo.updateFirst(pendingElsewhen, move, DueWorkDocument.class).getMatchedCount() == 0) {
            plan(item);
        }
    }

    @Override
    public List<Claimed> claim(String instanceId, Instant now, Duration lease, int limit) {
        Query candidates = query(claimable(now)).limit(limit);
        candidates.fields().include("_id");
        List<Object> ids = mongo.find(candidates, org.bson.Document.class, "due_work").stream()
                .map(d -> d.get("_id")).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = instanceId + "/" + UUID.randomUUID();
        mongo.updateMulti(query(where("_id").in(ids).andOperator(claimable(now))),
                Update.update("claimedBy", token).set("leaseUntil", now.plus(lease)), DueWorkDocument.class);
        return mongo.find(query(where("_id").in(ids).and("claimedBy").is(token)), DueWorkDocument.class).stream()
                .map(d -> new Claimed(toItem(d), token)).toList();
    }

    @Override
    public void done(Collection<Claimed> claims, Instant now) {
        claims.stream().collect(java.util.stream.Collectors.groupingBy(Claimed::token)).forEach((token, mine) ->
                mongo.updateMulti(query(where("_id").in(mine.stream().map(c -> c.item().key()).toList())
                        .and("claimedBy").is(token)), Update.update("done", true).set("doneAt", now)
                        .set("leaseUntil", FREE), DueWorkDocument.class));
    }

    @Override
    public void release(Claimed claim, Instant dueAt) {
        mongo.updateFirst(query(where("_id").is(claim.item().key()).and("claimedBy").is(claim.token())),
                Update.update("dueAt", dueAt).set("claimedBy", null).set("leaseUntil", FREE), DueWorkDocument.class);
    }

    private static Criteria claimable(Instant now) {
        return where("done").is(false).and("dueAt").lte(now).and("leaseUntil").lte(now);
    }

    private static DueWorkDocument toDocument(DueItem i) {
        CommunityRef c = i.community();
        return new DueWorkDocument(i.key(), i.kind(), c.id(), c.platform().name(), c.externalId(), c.name(),
                i.internship(), i.ref(), i.occasion(), i.recipient(), i.dueAt(), false, null, FREE, null);
    }

    private static DueItem toItem(DueWorkDocument d) {
        return new DueItem(d.id(), d.kind(), new CommunityRef(Platform.valueOf(d.platform()), d.externalId(),
                d.communityName()), d.internship(), d.ref(), d.occasion(), d.recipient(), d.dueAt());
    }
}
