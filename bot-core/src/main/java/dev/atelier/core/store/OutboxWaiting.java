package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The items waiting in each outbox lane, listed in the lane's document ({@code waiting}: sequence number and
 * item id, kept in sequence order by {@code $push} with {@code $sort}), so a lane's pending items are read
 * by {@code _id}: the lane, then its items {@code _id $in}. An item is listed once it is stored and taken out
 * once it is finished; a listed item found gone or finished is taken out when met. A crash between storing
 * an item and listing it leaves it unlisted until {@link #relist} (the outbox's sweep) lists it.
 *
 * <p>The lanes that may hold work are one list, {@code outbox_active} {@code {_id: "lanes"}}: a lane is added
 * after an item is listed in it (so a release that finds the lane empty and takes it off, then looks again,
 * never misses that item) and taken off by the release that empties it. A claim reads that list and the lanes it
 * names by {@code _id}, whatever number of idle lanes the store keeps.
 */
final class OutboxWaiting {

    private static final String LANES = "outbox_lanes";
    /** The collection of the list of lanes that may hold work. */
    static final String ACTIVE_COLLECTION = "outbox_active";
    /** The {@code _id} of that list. */
    static final String ACTIVE = "lanes";

    private final MongoTemplate mongo;

    OutboxWaiting(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists a stored item in its lane, then the lane among those with work. */
    void list(String lane, long seq, String item) {
        mongo.updateFirst(
                query(where("_id").is(lane)),
                new Update().push("waiting").sort(Sort.by("seq")).each(new OutboxLaneDocument.Waiting(seq, item)),
                OutboxLaneDocument.class);
        activate(List.of(lane));
    }

    /** The lanes that may hold work (one read by {@code _id}). */
    List<String> activeLanes() {
        Document list =
                mongo.getCollection(ACTIVE_COLLECTION).find(eq("_id", ACTIVE)).first();
        return list == null ? List.of() : list.getList(ACTIVE, String.class, List.of());
    }

    /** Adds lanes to the list of those with work ({@code $addToSet}, upsert by {@code _id}). */
    void activate(List<String> lanes) {
        if (!lanes.isEmpty()) {
            mongo.getCollection(ACTIVE_COLLECTION)
                    .updateOne(
                            eq("_id", ACTIVE), Updates.addEachToSet(ACTIVE, lanes), new UpdateOptions().upsert(true));
        }
    }

    /** Takes lanes off the list of those with work. */
    void idle(List<String> lanes) {
        if (!lanes.isEmpty()) {
            mongo.getCollection(ACTIVE_COLLECTION).updateOne(eq("_id", ACTIVE), Updates.pullAll(ACTIVE, lanes));
        }
    }

    /** The lane's oldest pending items, at most {@code limit}, in sequence order. */
    List<OutboxItemDocument> pending(String lane, int limit) {
        List<String> ids = listed(lane);
        List<OutboxItemDocument> out = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (int from = 0; from < ids.size() && out.size() < limit; from += limit) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + limit));
            Map<String, OutboxItemDocument> found =
                    mongo.find(query(where("_id").in(page)), OutboxItemDocument.class).stream()
                            .collect(Collectors.toMap(OutboxItemDocument::id, Function.identity()));
            for (String id : page) {
                OutboxItemDocument item = found.get(id);
                if (item == null || !OutboxItemMapper.PENDING.equals(item.state())) {
                    gone.add(id);
                } else if (out.size() < limit) {
                    out.add(item);
                }
            }
        }
        takeOut(lane, gone);
        out.sort(Comparator.comparingLong(OutboxItemDocument::seq));
        return out;
    }

    /** Whether the lane lists any item (read by {@code _id}). */
    boolean hasPending(String lane) {
        return !listed(lane).isEmpty();
    }

    /** Takes a finished item out of its lane's list. */
    void finished(String lane, String item) {
        takeOut(lane, List.of(item));
    }

    /**
     * Lists every pending item its lane does not list (stored by an earlier version, or left by a crash
     * between storing and listing; reads the queue collection, as the sweep did before) and returns the
     * lanes that hold pending items.
     */
    List<String> relist() {
        Query pending = query(where("state").is(OutboxItemMapper.PENDING));
        pending.fields().include("lane").include("seq");
        Map<String, List<Document>> byLane = new LinkedHashMap<>();
        for (Document d : mongo.find(pending, Document.class, "outbox")) {
            byLane.computeIfAbsent(d.getString("lane"), l -> new ArrayList<>()).add(d);
        }
        for (Map.Entry<String, List<Document>> lane : byLane.entrySet()) {
            Set<String> listed = new LinkedHashSet<>(listed(lane.getKey()));
            for (Document item : lane.getValue()) {
                String itemId = idOf(item.get("_id"));
                if (itemId != null && !listed.contains(itemId)) {
                    list(lane.getKey(), ((Number) item.get("seq")).longValue(), itemId);
                }
            }
        }
        return List.copyOf(byLane.keySet());
    }

    /**
     * An item's id as the domain knows it: the mapping stores an id of 24 hex digits (every id {@code
     * OutboxDelivery} makes) as an {@code ObjectId}, read raw here; the lane lists it as the string.
     */
    private static String idOf(Object id) {
        if (id instanceof ObjectId objectId) {
            return objectId.toHexString();
        }
        return id instanceof String text ? text : null;
    }

    private List<String> listed(String lane) {
        OutboxLaneDocument d = mongo.findById(lane, OutboxLaneDocument.class);
        if (d == null || d.waiting() == null) {
            return List.of();
        }
        return d.waiting().stream()
                .map(OutboxLaneDocument.Waiting::item)
                .distinct()
                .toList();
    }

    private void takeOut(String lane, List<String> items) {
        if (!items.isEmpty()) {
            mongo.getCollection(LANES)
                    .updateOne(
                            eq("_id", lane), Updates.pull("waiting", new Document("item", new Document("$in", items))));
        }
    }
}
