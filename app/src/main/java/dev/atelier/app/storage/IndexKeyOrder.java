package dev.atelier.app.storage;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A total order of the values in a unique index's keys, in which two values are equal exactly when
 * MongoDB takes them for the same key: numbers by value ({@code 1} and {@code 1.0} are one key; the
 * server normalizes them before they reach the index anyway), strings, dates, booleans and ids by value,
 * sub-documents field by field in their order, arrays element by element, {@code null} and a missing
 * value alike. Types are ranked in BSON's comparison order.
 * <p>
 * The index needs no particular order, only one consistent with equality (it is asked for single keys
 * and iterated whole), so this is not MongoDB's sort order in every detail: mongo-java-server's
 * {@link ValueComparator} compares an array by its smallest element (a sort rule), which would make
 * {@code {a: [1, 2]}} and {@code {a: [1, 3]}} equal; here arrays are compared element-wise. Scalars of one
 * type are compared by that comparator. A value of a type this order does not know (never seen in an
 * index key in practice) is ranked after the known ones and compared by class name, then as H2 compares
 * objects (by value if comparable, else by their serialized bytes, which is what every comparison did
 * before).
 */
final class IndexKeyOrder implements Comparator<Object> {

    static final IndexKeyOrder INSTANCE = new IndexKeyOrder();

    private static final Comparator<Object> SCALARS = ValueComparator.ascWithoutListHandling();
    private static final ObjectDataType UNKNOWN = new ObjectDataType();

    private static final int MIN_KEY = 0;
    private static final int NULL = 1;
    private static final int NUMBER = 2;
    private static final int STRING = 3;
    private static final int DOCUMENT = 4;
    private static final int ARRAY = 5;
    private static final int BIN_DATA = 6;
    private static final int LEGACY_UUID = 7;
    private static final int UUID_RANK = 8;
    private static final int OBJECT_ID = 9;
    private static final int BOOLEAN = 10;
    private static final int DATE = 11;
    private static final int TIMESTAMP = 12;
    private static final int OTHER = 13;
    private static final int MAX_KEY = 14;

    private IndexKeyOrder() {}

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int rank = rank(a);
        int byType = Integer.compare(rank, rank(b));
        if (byType != 0) {
            return byType;
        }
        return switch (rank) {
            case NULL, MIN_KEY, MAX_KEY -> 0;
            case DOCUMENT -> compareDocuments((Document) a, (Document) b);
            case ARRAY -> compareArrays((List<?>) a, (List<?>) b);
            case OTHER -> compareOther(a, b);
            default -> SCALARS.compare(a, b);
        };
    }

    private int compareDocuments(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> left = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<String, Object> l = left.next();
            Map.Entry<String, Object> r = right.next();
            int byName = l.getKey().compareTo(r.getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = compare(l.getValue(), r.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private int compareArrays(List<?> a, List<?> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int byElement = compare(a.get(i), b.get(i));
            if (byElement != 0) {
                return byElement;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareOther(Object a, Object b) {
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        return byClass != 0 ? byClass : UNKNOWN.compare(a, b);
    }

    private static int rank(Object value) {
        if (value == null || value instanceof Missing) {
            return NULL;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof Number) {
            return NUMBER;
        } else if (value instanceof Document) {
            return DOCUMENT;
        } else if (value instanceof List) {
            return ARRAY;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Instant) {
            return DATE;
        } else if (value instanceof ObjectId) {
            return OBJECT_ID;
        } else if (value instanceof UUID) {
            return UUID_RANK;
        } else if (value instanceof BinData) {
            return BIN_DATA;
        } else if (value instanceof LegacyUUID) {
            return LEGACY_UUID;
        } else if (value instanceof BsonTimestamp) {
            return TIMESTAMP;
        } else if (value instanceof MinKey) {
            return MIN_KEY;
        } else if (value instanceof MaxKey) {
            return MAX_KEY;
        }
        return OTHER;
    }
}
