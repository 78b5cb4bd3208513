package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One-time changes to data an older version stored, run when a store starts. Each is marked done in
 * {@value #COLLECTION} only once it finished, and each must be idempotent: a start that stops half-way
 * runs it again.
 */
final class Migrations {

    static final String COLLECTION = "store_migrations";

    private Migrations() {}

    static void once(MongoTemplate mongo, String name, Runnable migration) {
        MongoCollection<Document> done = mongo.getCollection(COLLECTION);
        if (done.find(eq("_id", name)).first() != null) {
            return;
        }
        migration.run();
        done.replaceOne(eq("_id", name), new Document("_id", name), new ReplaceOptions().upsert(true));
    }

    /**
     * Gives documents stored before they had a version the version 0, so that their first save is an
     * optimistic-locking replace of version 0 rather than an insert that collides with them.
     */
    static void versionFromZero(MongoTemplate mongo, Class<?> documents) {
        once(
                mongo,
                mongo.getCollectionName(documents) + "-version-1",
                () -> mongo.updateMulti(
                        Query.query(Criteria.where("version").exists(false)), Update.update("version", 0L), documents));
    }
}
