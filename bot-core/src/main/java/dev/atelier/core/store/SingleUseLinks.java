package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Links that work once (data-export and dashboard login links), kept by the hash of their token as {@code _id}
 * with {@code expiresAt} and {@code usedAt}: redeeming is one {@code findAndModify} by {@code _id} that only
 * matches an unused, unexpired link and marks it used, so two clicks never both get in.
 */
final class SingleUseLinks {

    private SingleUseLinks() {}

    /** The link as it is once marked used now, or null when it is unknown, used or expired. */
    static <T> T redeem(MongoTemplate mongo, String tokenHash, Instant now, Class<T> type) {
        return mongo.findAndModify(
                query(where("_id")
                        .is(tokenHash)
                        .and("usedAt")
                        .is(null)
                        .and("expiresAt")
                        .gt(now)),
                Update.update("usedAt", now),
                FindAndModifyOptions.options().returnNew(true),
                type);
    }
}
