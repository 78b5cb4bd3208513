package dev.atelier.app.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.MVMap;

/**
 * A collection of the application's store that finds a document by its {@code _id} also when the filter asks
 * more of it: mongo-java-server 1.47 seeks with an index only when the filter names exactly that index's keys,
 * so a conditional update (an {@code _id} and the value read before, a lease, a revision) or an {@code $and} with an
 * {@code _id} in it read the whole collection. Here a filter with a plain {@code _id} value among its top-level
 * conditions (or those of its top-level {@code $and}) reads that one document, then the server matches it against
 * the whole filter as before. Any other filter goes the server's way.
 */
final class EmbeddedH2Collection extends H2Collection {

    private static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    EmbeddedH2Collection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> documents,
            MVMap<String, Object> meta,
            CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(
            Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        Object id = idIn(query);
        Index<Object> ids = id == null || query.keySet().equals(Set.of(ID)) ? null : idIndex();
        if (ids == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Iterable<Object> positions = ids.getPositions(new Document(ID, id));
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private Index<Object> idIndex() {
        for (Index<Object> index : getIndexes()) {
            if (index.getName().equals(ID_INDEX)) {
                return index;
            }
        }
        return null;
    }

    /** The plain {@code _id} value the filter requires, at its top level or in its top-level {@code $and}; or null. */
    static Object idIn(Document query) {
        Object id = query.get(ID);
        if (plain(id)) {
            return id;
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                if (condition instanceof Document d && plain(d.get(ID))) {
                    return d.get(ID);
                }
            }
        }
        return null;
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof ObjectId || value instanceof UUID;
    }
}
