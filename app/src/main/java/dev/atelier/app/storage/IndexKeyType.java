package dev.atelier.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the keys of a unique index ({@link KeyValue}s: the indexed values of one document) are compared,
 * written and sized in the store file, without Java serialization on the way of a lookup.
 * <p>
 * H2's default type for a map's keys compares objects that are not {@link Comparable}, such as a
 * {@code KeyValue}, by serializing both (a new {@code ObjectOutputStream} each) and comparing the bytes:
 * on every step of every B-tree search, so some twenty times for each insert or lookup by {@code _id} or
 * by a unique index. Here keys are compared value by value ({@link IndexKeyOrder}) and written as their
 * count followed by each value in H2's own compact encoding (strings, numbers, booleans, {@code null}
 * natively; other values, such as sub-documents or dates, serialized).
 * <p>
 * The order differs from the one the default type gave the same keys, so an index map written with that
 * type cannot be read with this one: {@link EmbeddedH2Database} keeps these maps under names of their own
 * and, the first time, copies the old maps' entries into them.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final int KEY_OVERHEAD = 64;
    private static final int REFERENCE = 8;

    /** Encodes each value; holds a per-type cache only, so one per map. */
    private final ObjectDataType values = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int byValue = IndexKeyOrder.INSTANCE.compare(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = KEY_OVERHEAD;
        for (Object value : key) {
            memory += REFERENCE + memoryOf(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        buff.putVarInt(key.size());
        for (Object value : key) {
            values.write(buff, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        List<Object> read = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            read.add(values.read(buff));
        }
        return new KeyValue(read);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    /** An estimate of a value's heap size, from its shape (H2 uses it to decide when a page is full). */
    static int memoryOf(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof String text) {
            return 40 + 2 * text.length();
        } else if (value instanceof Document document) {
            int memory = 64;
            for (Map.Entry<String, Object> field : document.entrySet()) {
                memory += 32 + memoryOf(field.getKey()) + memoryOf(field.getValue());
            }
            return memory;
        } else if (value instanceof List<?> list) {
            int memory = 40;
            for (Object element : list) {
                memory += REFERENCE + memoryOf(element);
            }
            return memory;
        }
        return 24;
    }
}
