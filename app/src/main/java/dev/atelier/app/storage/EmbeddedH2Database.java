package dev.atelier.app.storage;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's database, opened without reading every collection for the indexes it does
 * not keep. mongo-java-server keeps only {@code _id} and unique indexes; a non-unique index (which the
 * stores declare for real MongoDB) is remembered as an {@link EmptyIndex} that serves no query. Its
 * {@code addIndex} builds an index that reports itself empty by streaming the whole collection through
 * it, twice, and an ignored index always reports itself empty: so every start read each big collection
 * once per non-unique index declared on it ({@code due_work}, {@code questions},
 * {@code checkin_answers} …), most of a start on a store of 10,000 internships. Here such an index
 * reports itself built, so nothing is streamed for it; it still serves nothing, as before.
 */
final class EmbeddedH2Database extends H2Database {

    EmbeddedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new IgnoredIndex(indexName, keys);
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
