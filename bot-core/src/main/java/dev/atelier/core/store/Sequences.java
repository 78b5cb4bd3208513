package dev.atelier.core.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Per-community counters (task, internship and milestone numbers), incremented atomically. */
final class Sequences {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    Sequences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    long next(String communityId, String name) {
        Document counter = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(communityId + "/" + name)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }

    /**
     * Raises the counter to {@code number} if it is lower, for a number stored without being handed out
     * here (imported or copied data), so that listings that page down from the counter reach it.
     */
    void atLeast(String communityId, String name, long number) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(communityId + "/" + name)),
                new Update().max("value", number),
                COLLECTION);
    }

    /** The last number handed out (0 when none was). */
    long current(String communityId, String name) {
        Document counter = mongo.getCollection(COLLECTION)
                .find(new Document("_id", communityId + "/" + name))
                .first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }
}
