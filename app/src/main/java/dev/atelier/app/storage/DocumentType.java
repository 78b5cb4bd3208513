package dev.atelier.app.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server's documents are written in the store file and read back: field by field in a compact
 * binary form, instead of Java serialization.
 * <p>
 * mongo-java-server keeps a collection's documents in an MVStore map with H2's default value type, which
 * Java-serializes each document (class descriptors, a new {@code ObjectOutputStream} each) when a page is
 * written and deserializes it when a page is read: most of the embedded writer's time at commits, and most of
 * a page read. Here a document is a tag byte ({@link #FORMAT}), its field count, and each field's name and
 * value: strings, 32- and 64-bit integers, doubles, booleans, {@code null}, dates (seconds and nanoseconds, so
 * exactly the instant stored), object ids, sub-documents and arrays natively; any other value (binary data,
 * decimals, timestamps …) as H2's default type writes it. Field order is kept. A value written by the default
 * type (a store written before; its first byte is one of that type's tags, never {@link #FORMAT}) is read by
 * it, so an older store needs no conversion: its documents are rewritten in this form as they change.
 */
final class DocumentType extends BasicDataType<Document> {

    /** First byte of a document in this form; H2's default type uses tags 0 to 119 only. */
    static final byte FORMAT = 127;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte DOCUMENT = 7;
    private static final byte ARRAY = 8;
    private static final byte DATE = 9;
    private static final byte OBJECT_ID = 10;
    private static final byte OTHER = 11;

    /** Writes and reads what this form has no tag for, and documents written before; per map (it caches types). */
    private final ObjectDataType others = new ObjectDataType();

    @Override
    public int getMemory(Document document) {
        return IndexKeyType.memoryOf(document);
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        buff.put(FORMAT);
        writeFields(buff, document);
    }

    @Override
    public Document read(ByteBuffer buff) {
        if (buff.get(buff.position()) != FORMAT) {
            return (Document) others.read(buff);
        }
        buff.get();
        return readFields(buff);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private void writeFields(WriteBuffer buff, Document document) {
        buff.putVarInt(document.size());
        for (Map.Entry<String, Object> field : document.entrySet()) {
            writeString(buff, field.getKey());
            writeValue(buff, field.getValue());
        }
    }

    private Document readFields(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        Document document = new Document();
        for (int i = 0; i < size; i++) {
            String name = DataUtils.readString(buff);
            document.put(name, readValue(buff));
        }
        return document;
    }

    private void writeValue(WriteBuffer buff, Object value) {
        if (value == null) {
            buff.put(NULL);
        } else if (value instanceof String text) {
            buff.put(STRING);
            writeString(buff, text);
        } else if (value instanceof Integer number) {
            buff.put(INT).putVarInt(number);
        } else if (value instanceof Long number) {
            buff.put(LONG).putVarLong(number);
        } else if (value instanceof Double number) {
            buff.put(DOUBLE).putDouble(number);
        } else if (value instanceof Boolean bool) {
            buff.put(bool ? TRUE : FALSE);
        } else if (value instanceof Document document) {
            buff.put(DOCUMENT);
            writeFields(buff, document);
        } else if (value instanceof List<?> list) {
            buff.put(ARRAY).putVarInt(list.size());
            for (Object element : list) {
                writeValue(buff, element);
            }
        } else if (value instanceof Instant date) {
            buff.put(DATE).putVarLong(date.getEpochSecond()).putVarInt(date.getNano());
        } else if (value.getClass() == ObjectId.class) {
            buff.put(OBJECT_ID).put(((ObjectId) value).toByteArray());
        } else {
            buff.put(OTHER);
            others.write(buff, value);
        }
    }

    private Object readValue(ByteBuffer buff) {
        byte type = buff.get();
        return switch (type) {
            case NULL -> null;
            case STRING -> DataUtils.readString(buff);
            case INT -> DataUtils.readVarInt(buff);
            case LONG -> DataUtils.readVarLong(buff);
            case DOUBLE -> buff.getDouble();
            case TRUE -> true;
            case FALSE -> false;
            case DOCUMENT -> readFields(buff);
            case ARRAY -> readArray(buff);
            case DATE -> Instant.ofEpochSecond(DataUtils.readVarLong(buff), DataUtils.readVarInt(buff));
            case OBJECT_ID -> readObjectId(buff);
            case OTHER -> others.read(buff);
            default -> throw new IllegalStateException("unknown value type " + type + " in a stored document");
        };
    }

    private List<Object> readArray(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(readValue(buff));
        }
        return list;
    }

    private static ObjectId readObjectId(ByteBuffer buff) {
        byte[] bytes = new byte[12];
        buff.get(bytes);
        return new ObjectId(bytes);
    }

    private static void writeString(WriteBuffer buff, String text) {
        int length = text.length();
        buff.putVarInt(length).putStringData(text, length);
    }
}
