package dev.atelier.core.store;

import dev.atelier.core.delivery.Deliveries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
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
 * expired keys are also purged here, at most once a minute.
 */
public final class MongoDeliveries implements Deliveries {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    private MongoDeliveries(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static Deliveries create(MongoTemplate mongo, Clock clock) {
        mongo.indexOps(DeliveryDocument.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
        StoreIndexes.of(mongo, DeliveryDocument.class).unique("delivery_expiry", "_id", "expiresAt");
        return new MongoDeliveries(mongo, clock);
    }

    @Override
    public boolean firstTime(String communityId, String key, Duration remember) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        String id = communityId + "/" + key;
        Instant expiresAt = now.plus(remember);
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
        mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), DeliveryDocument.class);
    }
}
