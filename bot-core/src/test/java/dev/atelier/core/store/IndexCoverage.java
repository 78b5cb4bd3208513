package dev.atelier.core.store;

import dev.atelier.core.store.QueryShapes.Kind;
import dev.atelier.core.store.QueryShapes.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which declared index a real MongoDB would seek with for a filter shape: {@code _id} when the filter
 * compares it, otherwise an index whose leading keys hold every field the filter compares by equality or
 * range (a field tested otherwise, {@code $exists} or {@code $ne}, may be left to check after the seek).
 * A filter on nothing reads the whole collection, and none serves it.
 */
final class IndexCoverage {

    private IndexCoverage() {}

    /** The key fields of each index declared on {@code collection}, in order. */
    static List<List<String>> indexes(MongoTemplate mongo, String collection) {
        List<List<String>> keys = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            keys.add(List.copyOf(index.get("key", Document.class).keySet()));
        }
        return keys;
    }

    /** The name of the index that serves {@code shape} among {@code indexes}, if one does. */
    static Optional<String> servedBy(Shape shape, List<List<String>> indexes) {
        Map<String, Kind> fields = shape.fields();
        Kind id = fields.get("_id");
        if (id == Kind.EQUALITY || id == Kind.RANGE) {
            return Optional.of("_id");
        }
        for (List<String> keys : indexes) {
            if (serves(keys, fields)) {
                return Optional.of(String.join(",", keys));
            }
        }
        return Optional.empty();
    }

    private static boolean serves(List<String> keys, Map<String, Kind> fields) {
        Kind first = fields.get(keys.get(0));
        if (first == null || first == Kind.OTHER) {
            return false;
        }
        int prefix = 0;
        while (prefix < keys.size() && fields.containsKey(keys.get(prefix))) {
            prefix++;
        }
        List<String> sought = keys.subList(0, prefix);
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != Kind.OTHER)
                .allMatch(e -> sought.contains(e.getKey()));
    }
}
