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

    private StoreSnapshot() {}

    /** The documents that differ between two snapshots, by collection ({@code -} only before, {@code +} only after). */
    public static Map<String, List<String>> changes(Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, List<String>> changes = new TreeMap<>();
        java.util.Set<String> collections = new java.util.TreeSet<>(before.keySet());
        collections.addAll(after.keySet());
        for (String collection : collections) {
            List<String> was = before.getOrDefault(collection, List.of());
            List<String> is = after.getOrDefault(collection, List.of());
            List<String> differences = new java.util.ArrayList<>();
            was.stream()
                    .filter(document -> !is.contains(document))
                    .forEach(document -> differences.add("- " + document));
            is.stream()
                    .filter(document -> !was.contains(document))
                    .forEach(document -> differences.add("+ " + document));
            if (!differences.isEmpty()) {
                changes.put(collection, differences);
            }
        }
        return changes;
    }

    public static Map<String, List<String>> of(MongoTemplate mongo) {
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            List<String> documents =
                    mongo.getCollection(collection).find().map(Document::toJson).into(new java.util.ArrayList<>());
            documents.sort(String::compareTo);
            snapshot.put(collection, documents);
        }
        return snapshot;
    }
}
