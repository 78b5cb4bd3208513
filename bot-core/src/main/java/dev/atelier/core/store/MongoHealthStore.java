package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import dev.atelier.core.clock.stall.Flag;
import dev.atelier.core.clock.stall.HealthStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Risk flags, raised and cleared by conditional updates: an upsert that matches only a document whose
 * flag is down (a raced second upsert fails on the id), and an update that matches only a raised flag;
 * each is sent only when a read by {@code _id} finds the flag in the other state.
 */
final class MongoHealthStore implements HealthStore {

    private final MongoTemplate mongo;

    MongoHealthStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<Long, Flag> of(String communityId, Collection<Long> internships) {
        return mongo
                .find(
                        query(where("_id")
                                .in(internships.stream()
                                        .map(n -> communityId + "/" + n)
                                        .toList())),
                        HealthDocument.class)
                .stream()
                .filter(d -> d.communityId().equals(communityId))
                .map(d -> new Flag(d.communityId(), d.internship(), d.atRisk(), d.reason(), d.flaggedAt()))
                .collect(Collectors.toMap(Flag::internship, Function.identity()));
    }

    @Override
    public boolean raise(String communityId, long internship, String reason, Instant at) {
        if (flagged(communityId, internship)) {
            return false;
        }
        try {
            UpdateResult r = mongo.upsert(
                    query(where("_id")
                            .is(communityId + "/" + internship)
                            .and("atRisk")
                            .is(false)),
                    Update.update("atRisk", true)
                            .set("reason", reason)
                            .set("flaggedAt", at)
                            .setOnInsert("communityId", communityId)
                            .setOnInsert("internship", internship),
                    HealthDocument.class);
            return r.getModifiedCount() > 0 || r.getUpsertedId() != null;
        } catch (DuplicateKeyException raisedMeanwhile) {
            return false;
        }
    }

    @Override
    public boolean clear(String communityId, long internship, Instant at) {
        if (!flagged(communityId, internship)) {
            return false;
        }
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(communityId + "/" + internship)
                                        .and("atRisk")
                                        .is(true)),
                                Update.update("atRisk", false).set("clearedAt", at),
                                HealthDocument.class)
                        .getModifiedCount()
                > 0;
    }

    /**
     * Whether the flag is up, read by {@code _id}: the embedded server scans the collection for a filter
     * of {@code _id} and another field, so the conditional update is sent only when it may change something.
     */
    private boolean flagged(String communityId, long internship) {
        HealthDocument d = mongo.findById(communityId + "/" + internship, HealthDocument.class);
        return d != null && d.atRisk();
    }
}
