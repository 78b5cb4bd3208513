package dev.atelier.core.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import dev.atelier.core.delivery.Deliveries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Delivery keys as documents keyed by {@code _id}: the first insert wins, a duplicate key means the
 * delivery was seen. An expired key still in the collection is taken over by a conditional update.
 * Real MongoDB drops expired keys with a TTL index; the embedded server ignores TTL indexes, so
 * expired keys are also purged here, at most once a minute: each key is listed under its expiry ({@link
 * TimeLists}, before it is stored), and a purge reads the lists of the buckets that ended, the keys they name by
 * {@code _id}, and deletes those still expired on {@code _id} and the expiry read (a unique index), so a key
 * remembered again meanwhile stays; it never scans the collection. The purge runs on the executor given (the
 * application's own thread), not on the thread of the delivery that found it due: a user's command never waits
 * for it.
 */
public final class MongoDeliveries implements Deliveries {

    private static final Logger log = LoggerFactory.getLogger(MongoDeliveries.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private static final String COLLECTION = "deliveries";
    private static final int PAGE = 500;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final TimeLists expiries;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);
    private final Executor purges;

    private MongoDeliveries(MongoTemplate mongo, Clock clock, Executor purges) {
        this.mongo = mongo;
        this.clock = clock;
        this.purges = purges;
        this.expiries = new TimeLists(mongo, COLLECTION);
        // keys stored before they were listed by expiry are listed once
        Migrations.once(mongo, "deliveries-expiry-lists-1", () -> {
            Map<String, Instant> stored = new HashMap<>();
            mongo.getCollection(COLLECTION)
                    .find()
                    .projection(new Document("expiresAt", 1))
                    .forEach(d -> stored.put(
                            d.getString("_id"), d.getDate("expiresAt").toInstant()));
            expiries.addAll(stored);
        });
    }

    /** Delivery keys whose purge runs on the caller's thread (tests, tools). */
    public static Deliveries create(MongoTemplate mongo, Clock clock) {
        return create(mongo, clock, Runnable::run);
    }

    /** Delivery keys whose purge, at most once a minute, runs on {@code purges}. */
    public static Deliveries create(MongoTemplate mongo, Clock clock, Executor purges) {
        mongo.indexOps(DeliveryDocument.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
        StoreIndexes.of(mongo, DeliveryDocument.class).unique("delivery_expiry", "_id", "expiresAt");
        return new MongoDeliveries(mongo, clock, purges);
    }

    @Override
    public boolean firstTime(String communityId, String key, Duration remember) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        String id = communityId + "/" + key;
        Instant expiresAt = now.plus(remember);
        expiries.add(id, expiresAt);
        try {
            mongo.insert(new DeliveryDocument(id, communityId, expiresAt));
            return true;
        } catch (DuplicateKeyException seen) {
            DeliveryDocument known = mongo.findById(id, DeliveryDocument.class);
            if (known == null || known.expiresAt().isAfter(now)) {
                return false;
            }
            // remembered again by the first of two racing deliveries only: the other no longer matches the
            // expiry it read (a unique index on _id and expiresAt serves the filter)
            Query expired =
                    Query.query(Criteria.where("_id").is(id).and("expiresAt").is(known.expiresAt()));
            return mongo.updateFirst(expired, Update.update("expiresAt", expiresAt), DeliveryDocument.class)
                            .getModifiedCount()
                    == 1;
        }
    }

    private void purgeNowAndThen(Instant now) {
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
            return;
        }
        purges.execute(() -> {
            try {
                purge(now);
            } catch (RuntimeException e) {
                log.warn("Could not purge expired delivery keys ({}); trying again in a minute", e.toString());
            }
        });
    }

    private void purge(Instant now) {
        TimeLists.Taken taken = expiries.takeBefore(now);
        MongoCollection<Document> keys = mongo.getCollection(COLLECTION);
        for (int from = 0; from < taken.ids().size(); from += PAGE) {
            List<String> page = taken.ids().subList(from, Math.min(taken.ids().size(), from + PAGE));
            List<DeleteOneModel<Document>> expired = new ArrayList<>();
            keys.find(Filters.in("_id", page))
                    .projection(new Document("expiresAt", 1))
                    .forEach(d -> {
                        Date at = d.getDate("expiresAt");
                        if (at != null && !at.toInstant().isAfter(now)) {
                            expired.add(
                                    new DeleteOneModel<>(new Document("_id", d.get("_id")).append("expiresAt", at)));
                        }
                    });
            if (!expired.isEmpty()) {
                keys.bulkWrite(expired);
            }
        }
        expiries.forget(taken);
    }
}
