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
}
