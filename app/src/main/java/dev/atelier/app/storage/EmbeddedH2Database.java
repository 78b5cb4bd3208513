package dev.atelier.app.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's database, with unique indexes whose keys are compared by value and opened
 * without reading every collection for the indexes it does not keep.
 * <p>
 * <b>Unique indexes</b> (also {@code _id}): mongo-java-server keeps each in an MVStore map with H2's
 * default key type, which compares its keys by serializing both on every comparison (see
 * {@link IndexKeyType}); here each is a map with {@link IndexKeyType} keys, under a name of its own
 * ({@link #UNIQUE_INDEX_INFIX}). A store written before has its unique indexes under the old names, in
 * the old encoding: at its first start each is copied, entry by entry, into its new map (the keys were unique
 * under the old comparison, and stay so: the server normalizes keys before they reach an index, so no two old
 * keys are one key now; if two were, that index is built from the documents instead, with its uniqueness
 * checked, as when an index is created). The old maps are removed once every index is copied, so a crash while
 * copying leaves them for the next start, which clears what it finds under the new names and copies again.
 * <p>
 * <b>Documents</b> are written and read by {@link DocumentType} (a compact field-by-field form) instead of
 * Java serialization; documents written before are read as they are and rewritten in the new form when they
 * change.
 * <p>
 * <b>Ignored indexes</b>: mongo-java-server keeps only {@code _id} and unique indexes; a non-unique
 * index (which the stores declare for real MongoDB) is remembered as an {@link EmptyIndex} that serves no
 * query. Its {@code addIndex} builds an index that reports itself empty by streaming the whole collection
 * through it, twice, and an ignored index always reports itself empty: so every start read each big
 * collection once per non-unique index declared on it ({@code due_work}, {@code questions},
 * {@code checkin_answers} …), most of a start on a store of 10,000 internships. Here such an index
 * reports itself built, so nothing is streamed for it; it still serves nothing, as before.
 */
final class EmbeddedH2Database extends H2Database {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedH2Database.class);

    /** Between a collection's namespace and an index's name in the name of the index's map. */
    static final String UNIQUE_INDEX_INFIX = "._keyindex_";
    /** The same, in the maps mongo-java-server's own H2 database keeps (H2's default key type). */
    static final String OLD_UNIQUE_INDEX_INFIX = "._index_";

    /** Prefix of the maps holding a collection's documents (keyed by {@code _id}), as mongo-java-server names them. */
    static final String DOCUMENTS_PREFIX = "databases.";
    /** Prefix of the maps holding a collection's metadata (its data size), as mongo-java-server names them. */
    static final String META_PREFIX = "meta.";

    /** Null while {@link H2Database}'s constructor runs (see {@link #initializeNamespacesAndIndexes}). */
    private final MVStore store;
    /** Maps of indexes in the old encoding, rebuilt under new names while opening; removed after. */
    private final List<String> replaced = new ArrayList<>();

    private boolean opening;

    EmbeddedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
        this.opening = true;
        super.initializeNamespacesAndIndexes();
        this.opening = false;
        removeReplacedMaps();
    }

    /**
     * {@link H2Database}'s constructor opens the collections and indexes before this class's fields are
     * set, which {@link #openOrCreateUniqueIndex} needs: that call does nothing, and this class's
     * constructor opens them once they are set.
     */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (store != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    /**
     * A collection as mongo-java-server's H2 database opens it (the same maps), with its documents written and
     * read by {@link DocumentType} instead of Java serialization, and found by {@code _id} in a filter that asks
     * more of them ({@link EmbeddedH2Collection}).
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store.openMap(DOCUMENTS_PREFIX + namespace, documentMap());
        MVMap<String, Object> meta = store.openMap(META_PREFIX + namespace);
        return new EmbeddedH2Collection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        String name = mapName(collectionName, indexName);
        MVMap<KeyValue, Object> map = store.openMap(name, uniqueIndexMap());
        String old = oldMapName(collectionName, indexName);
        if (store.hasMap(old)) {
            if (opening) {
                // written by the previous version: copied (a copy a crash interrupted is made again)
                map.clear();
                if (!copied(store.openMap(old), map)) {
                    log.warn(
                            "Unique index {} of {}: old keys that are one key now; built from the documents",
                            indexName,
                            collectionName);
                    map.clear(); // the server builds an index that reports itself empty from the documents
                }
                replaced.add(old);
            } else {
                store.removeMap(old);
            }
        }
        return new UniqueKeyIndex(map, indexName, keys, sparse);
    }

    /**
     * Copies an index map of the previous version (keys in H2's default encoding) into its new map: the same
     * keys and positions, which were unique under the old comparison. False if two old keys are one key under
     * {@link IndexKeyOrder} (not expected: the server normalizes keys before they reach an index) or a key is not
     * a {@link KeyValue}; the new map then holds part of the copy.
     */
    private static boolean copied(MVMap<Object, Object> from, MVMap<KeyValue, Object> to) {
        for (Map.Entry<Object, Object> entry : from.entrySet()) {
            if (!(entry.getKey() instanceof KeyValue key) || to.putIfAbsent(key, entry.getValue()) != null) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new IgnoredIndex(indexName, keys);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(mapName(collection.getCollectionName(), indexName));
    }

    /** How a unique index's map is opened: keys compared by value, positions as H2 writes any object. */
    static MVMap.Builder<KeyValue, Object> uniqueIndexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()).valueType(new ObjectDataType());
    }

    /** How a collection's map of documents is opened: {@code _id}s as H2 writes any object, documents by {@link DocumentType}. */
    static MVMap.Builder<Object, Document> documentMap() {
        return new MVMap.Builder<Object, Document>()
                .keyType(new ObjectDataType())
                .valueType(new DocumentType());
    }

    /** Whether an MVStore map of this name holds a collection's documents (to open with {@link #documentMap}). */
    static boolean isDocumentMap(String mapName) {
        return mapName.startsWith(DOCUMENTS_PREFIX);
    }

    /** Whether an MVStore map of this name holds a unique index of this class (to open with {@link #uniqueIndexMap}). */
    static boolean isUniqueIndexMap(String mapName) {
        return mapName.contains(UNIQUE_INDEX_INFIX);
    }

    private String mapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + UNIQUE_INDEX_INFIX + indexName;
    }

    private String oldMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + OLD_UNIQUE_INDEX_INFIX + indexName;
    }

    /** Every index is built under its new name by now: the old maps go, durably. */
    private void removeReplacedMaps() {
        if (replaced.isEmpty()) {
            return;
        }
        replaced.forEach(store::removeMap);
        store.commit();
        log.info("Copied {} unique indexes into maps keyed by value; removed their old maps", replaced.size());
        replaced.clear();
    }

    /** A non-unique index the embedded server does not keep: nothing to build, nothing to serve. */
    static final class IgnoredIndex extends EmptyIndex<Object> {

        IgnoredIndex(String name, List<IndexKey> keys) {
            super(name, keys);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
