package dev.atelier.core.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** Walks raw BSON documents: to JSON-ready values for exports, and rewriting every string for erasure. */
final class BsonValues {

    private BsonValues() {}

    /** Maps, lists, strings, numbers and booleans only: dates as ISO instants; Spring's type hints dropped. */
    static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!"_class".equals(k)) {
                    out.put(String.valueOf(k), plain(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BsonValues::plain).toList();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof ObjectId || value instanceof Decimal128 || value instanceof Binary) {
            return value.toString();
        }
        return value;
    }

    /** A copy of {@code value} with every string passed through {@code strings} (keys are left alone). */
    static Object rewrite(Object value, UnaryOperator<String> strings) {
        if (value instanceof String s) {
            return strings.apply(s);
        }
        if (value instanceof Map<?, ?> map) {
            Document out = new Document();
            map.forEach((k, v) -> out.put(String.valueOf(k), rewrite(v, strings)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(rewrite(v, strings)));
            return out;
        }
        return value;
    }

    /** Whether {@code id} occurs as a whole string anywhere in {@code value}. */
    static boolean mentions(Object value, String id) {
        if (value instanceof String s) {
            return s.equals(id);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> mentions(v, id));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> mentions(v, id));
        }
        return false;
    }

    /**
     * The names stored next to the member's id: {@code name} beside {@code id} or {@code _id} (an embedded member), {@code memberName} beside
     * {@code memberId}, {@code internName}/{@code mentorName} beside {@code internId}/{@code mentorId}.
     */
    static void namesBeside(Object value, String id, List<String> found) {
        if (value instanceof Map<?, ?> map) {
            pick(map, "id", "name", id, found);
            pick(map, "_id", "name", id, found);
            pick(map, "memberId", "memberName", id, found);
            pick(map, "memberId", "name", id, found);
            pick(map, "internId", "internName", id, found);
            pick(map, "mentorId", "mentorName", id, found);
            map.values().forEach(v -> namesBeside(v, id, found));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> namesBeside(v, id, found));
        }
    }

    private static void pick(Map<?, ?> map, String idKey, String nameKey, String id, List<String> found) {
        if (id.equals(map.get(idKey)) && map.get(nameKey) instanceof String name && !name.isBlank()) {
            found.add(name);
        }
    }
}
