package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Links that work once (data-export and dashboard login links), kept by the hash of their token as {@code _id}
 * with {@code expiresAt}, {@code usedAt} and a version: redeeming reads the link by {@code _id} and, if unused
 * and unexpired, marks it used with one {@code findAndModify} on {@code _id} and the version it read (a unique
 * index serves it), so of two racing clicks only the first gets in.
 */
final class SingleUseLinks {

    /** What redeeming needs to know of a stored link. */
    interface Link {
        Instant expiresAt();

        Instant usedAt();

        Long version();
    }

    private SingleUseLinks() {}

    /** The link as it is once marked used now, or null when it is unknown, used, expired or just taken. */
    static <T extends Link> T redeem(MongoTemplate mongo, String tokenHash, Instant now, Class<T> type) {
        T seen = mongo.findById(tokenHash, type);
        if (seen == null || seen.usedAt() != null || !seen.expiresAt().isAfter(now)) {
            return null;
        }
        return mongo.findAndModify(
                query(where("_id").is(tokenHash).and("version").is(seen.version())),
                new Update().set("usedAt", now).inc("version", 1),
                FindAndModifyOptions.options().returnNew(true),
                type);
    }
}
