package dev.atelier.core.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Records the shape of every filter the stores send (find, count, distinct, the first {@code $match} of an
 * aggregate, findAndModify, and each statement of an update or delete): per collection, which fields it
 * filters on and how (equality, range, or a condition an index only narrows down). An {@code $or} gives one
 * shape per branch (a real MongoDB needs an index for each), each with the conditions beside the {@code $or}.
 * Once a store has run its one-time migrations (each remembered by {@code _id} in {@code store_migrations}),
 * creating it again sends none, so recording after the first creation leaves them out.
 */
final class QueryShapes implements CommandListener {

    /** How a field is compared: what an index can seek on, and what it can only check after the seek. */
    enum Kind {
        EQUALITY,
        RANGE,
        OTHER
    }

    /** A filter's fields and how each is compared, on one collection, sent by one command. */
    record Shape(String collection, String command, Map<String, Kind> fields) {

        @Override
        public String toString() {
            return collection + " " + command + " " + fields;
        }
    }

    private static final Set<String> COMMANDS =
            Set.of("find", "count", "distinct", "aggregate", "findAndModify", "update", "delete");

    private final Set<Shape> shapes = ConcurrentHashMap.newKeySet();
    private volatile boolean recording;

    /** Records from now on (what the stores send while they are created, their one-time migrations, is left out). */
    void start() {
        recording = true;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!recording || !COMMANDS.contains(name)) {
            return;
        }
        BsonDocument command = BsonDocument.parse(event.getCommand().toJson());
        String collection = command.getString(name).getValue();
        for (BsonDocument filter : filters(name, command)) {
            for (Map<String, Kind> branch : branches(filter)) {
                shapes.add(new Shape(collection, name, branch));
            }
        }
    }

    /** Every shape recorded so far. */
    Set<Shape> shapes() {
        return Set.copyOf(shapes);
    }

    private static List<BsonDocument> filters(String name, BsonDocument command) {
        List<BsonDocument> filters = new ArrayList<>();
        switch (name) {
            case "find", "count", "distinct", "findAndModify" -> {
                String key = name.equals("find") ? "filter" : "query";
                filters.add(command.isDocument(key) ? command.getDocument(key) : new BsonDocument());
            }
            case "aggregate" -> {
                BsonArray pipeline = command.getArray("pipeline");
                BsonValue first = pipeline.isEmpty() ? null : pipeline.get(0);
                filters.add(
                        first != null && first.asDocument().isDocument("$match")
                                ? first.asDocument().getDocument("$match")
                                : new BsonDocument());
            }
            case "update" ->
                command.getArray("updates")
                        .forEach(u -> filters.add(u.asDocument().getDocument("q")));
            case "delete" ->
                command.getArray("deletes")
                        .forEach(d -> filters.add(d.asDocument().getDocument("q")));
            default -> throw new IllegalArgumentException(name);
        }
        return filters;
    }

    /** The conjunctions a filter is made of: one per branch of its {@code $or}s, with what surrounds them. */
    static List<Map<String, Kind>> branches(BsonDocument filter) {
        List<Map<String, Kind>> branches = new ArrayList<>();
        branches.add(new TreeMap<>());
        for (Map.Entry<String, BsonValue> e : filter.entrySet()) {
            String key = e.getKey();
            if (key.equals("$and")) {
                for (BsonValue part : e.getValue().asArray()) {
                    branches = cross(branches, branches(part.asDocument()));
                }
            } else if (key.equals("$or")) {
                List<Map<String, Kind>> alternatives = new ArrayList<>();
                for (BsonValue part : e.getValue().asArray()) {
                    alternatives.addAll(branches(part.asDocument()));
                }
                branches = cross(branches, alternatives);
            } else if (key.startsWith("$")) {
                // $nor, $expr, $where, $text: nothing an index seeks on
                branches.forEach(b -> b.put(key, Kind.OTHER));
            } else {
                Kind kind = kind(e.getValue());
                branches.forEach(b -> b.merge(key, kind, QueryShapes::stronger));
            }
        }
        return branches;
    }

    private static List<Map<String, Kind>> cross(List<Map<String, Kind>> left, List<Map<String, Kind>> right) {
        List<Map<String, Kind>> out = new ArrayList<>();
        for (Map<String, Kind> l : left) {
            for (Map<String, Kind> r : right) {
                Map<String, Kind> both = new TreeMap<>(l);
                r.forEach((k, v) -> both.merge(k, v, QueryShapes::stronger));
                out.add(both);
            }
        }
        return out;
    }

    private static Kind stronger(Kind a, Kind b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Kind kind(BsonValue condition) {
        if (!condition.isDocument()) {
            return condition.isRegularExpression()
                            && condition.asRegularExpression().getPattern().startsWith("^")
                    ? Kind.RANGE
                    : condition.isRegularExpression() ? Kind.OTHER : Kind.EQUALITY;
        }
        BsonDocument operators = condition.asDocument();
        if (operators.isEmpty() || !operators.getFirstKey().startsWith("$")) {
            return Kind.EQUALITY; // a whole embedded document
        }
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String op : operators.keySet()) {
            kinds.put(
                    op,
                    switch (op) {
                        case "$eq", "$in" -> Kind.EQUALITY;
                        case "$lt", "$lte", "$gt", "$gte" -> Kind.RANGE;
                        case "$regex" ->
                            operators.get(op).isString()
                                            && operators
                                                    .getString(op)
                                                    .getValue()
                                                    .startsWith("^")
                                    ? Kind.RANGE
                                    : Kind.OTHER;
                        default -> Kind.OTHER;
                    });
        }
        return kinds.values().stream().reduce(Kind.OTHER, QueryShapes::stronger);
    }
}
