package dev.atelier.core.store;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The indexes of one collection, declared by the store whose queries use them and created when it
 * starts. A unique index carries an explicit name; {@link #retire} drops an index an older version
 * created (a non-unique one with the same keys, or one no query uses any more), since MongoDB refuses
 * a second index on the same keys and keeps unused ones up to date on every write.
 */
final class StoreIndexes {

    /** Whether each store's connection goes through {@code mongos}: asked once per template, when first needed. */
    private static final Map<MongoTemplate, Boolean> SHARDED = Collections.synchronizedMap(new WeakHashMap<>());

    private final IndexOperations ops;
    private final MongoTemplate mongo;

    private StoreIndexes(IndexOperations ops, MongoTemplate mongo) {
        this.ops = ops;
        this.mongo = mongo;
    }

    static StoreIndexes of(MongoTemplate mongo, Class<?> document) {
        return new StoreIndexes(mongo.indexOps(document), mongo);
    }

    static StoreIndexes of(MongoTemplate mongo, String collection) {
        return new StoreIndexes(mongo.indexOps(collection), mongo);
    }

    /**
     * Whether the store is a sharded cluster, reached through its router (which answers {@code isMaster} with
     * {@code msg: "isdbgrid"}; the embedded server and a replica set do not).
     */
    private static boolean throughMongos(MongoTemplate mongo) {
        try {
            return "isdbgrid"
                    .equals(mongo.executeCommand(new Document("isMaster", 1)).get("msg"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Drops the index of that name if an older version created it. */
    StoreIndexes retire(String name) {
        if (ops.getIndexInfo().stream().map(IndexInfo::getName).anyMatch(name::equals)) {
            ops.dropIndex(name);
        }
        return this;
    }

    /**
     * A unique index: no two documents share these values. One led by {@code _id} ({@code {_id, version}} and the
     * like) adds no constraint to {@code _id}'s own: it is there for the embedded server, which seeks only with
     * unique indexes. Through {@code mongos} it is left out, since a sharded cluster refuses a unique index that
     * does not start with the collection's shard key (and {@code _id}'s index serves the same filters there).
     */
    StoreIndexes unique(String name, String... fields) {
        if (fields[0].equals("_id") && SHARDED.computeIfAbsent(mongo, StoreIndexes::throughMongos)) {
            return this;
        }
        ops.createIndex(index(fields).unique().named(name));
        return this;
    }

    /** An ascending index that serves queries on these fields (real MongoDB; the embedded one scans). */
    StoreIndexes on(String... fields) {
        ops.createIndex(index(fields));
        return this;
    }

    private static Index index(String... fields) {
        Index index = new Index();
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        return index;
    }
}
