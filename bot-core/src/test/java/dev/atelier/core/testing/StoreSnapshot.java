package dev.atelier.core.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Everything in the store, collection by collection, as sorted JSON: taken before and after an
 * action, two snapshots are equal when the action changed nothing.
 */
public final class StoreSnapshot {

    private StoreSnapshot() {
    }

    public static Map<String, List<String>> of(MongoTemplate mongo) {
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            List<String> documents = mongo.getCollection(collection).find().map(Document::toJson)
                    .into(new java.util.ArrayList<>());
            documents.sort(String::compareTo);
            snapshot.put(collection, documents);
        }
        return snapshot;
    }
}
