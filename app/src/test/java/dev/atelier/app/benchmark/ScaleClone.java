package dev.atelier.app.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.DueWork;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Copies the template community's documents into more communities through the MongoDB driver, streaming:
 * only the template's documents are held, and the copies go out in batches of {@value #BATCH}. Every
 * string naming the template community is rewritten. Pending due items are planned again through the
 * real due-work store (their buckets and segments are its business); done ones are copied as entries.
 */
final class ScaleClone {

    static final int BATCH = 1000;
    /** Queues worked off and purged (commands, notifications), claim state, pending due items (planned anew). */
    private static final List<String> NOT_CLONED = List.of(
            "due_buckets",
            "due_segments",
            "command_inbox",
            "command_inbox_lanes",
            "outbox",
            "outbox_lanes",
            "store_migrations");

    private final MongoTemplate mongo;
    private final DueWork due;
    private final CommunityRef template;

    ScaleClone(MongoTemplate mongo, DueWork due, CommunityRef template) {
        this.mongo = mongo;
        this.due = due;
        this.template = template;
    }

    /** Copies into communities {@code TC<from>} .. {@code TC<to - 1>}; prints a line every tenth of the way. */
    Map<String, Long> into(int from, int to) {
        Map<String, Long> written = new LinkedHashMap<>();
        List<Document> pending = new ArrayList<>();
        mongo.getCollection("due_segments")
                .find(new Document("communityId", template.id()))
                .forEach(s -> pending.addAll(s.getList("items", Document.class)));
        Set<String> pendingKeys = new HashSet<>();
        pending.forEach(p -> pendingKeys.add(p.getString("key")));
        for (String name : mongo.getCollectionNames()) {
            if (NOT_CLONED.contains(name)) {
                continue;
            }
            MongoCollection<Document> collection = mongo.getCollection(name);
            List<Document> docs = new ArrayList<>();
            for (Document d : collection.find()) {
                if (d.toJson().contains(template.id()) && !pendingKeys.contains(String.valueOf(d.get("_id")))) {
                    docs.add(d);
                }
            }
            if (docs.isEmpty()) {
                continue;
            }
            long count = 0;
            List<Document> batch = new ArrayList<>(BATCH);
            for (int k = from; k < to; k++) {
                String id = "TC" + k;
                for (Document d : docs) {
                    batch.add((Document) rewrite(d, id));
                    if (batch.size() == BATCH) {
                        count += insert(collection, batch);
                    }
                }
            }
            count += insert(collection, batch);
            written.put(name, count);
            System.out.printf("  cloned %s: %,d documents%n", name, count);
        }
        long planned = 0;
        List<DueItem> items = new ArrayList<>(BATCH);
        for (int k = from; k < to; k++) {
            CommunityRef community = new CommunityRef(Platform.SLACK, "TC" + k, "Clone " + k);
            for (Document p : pending) {
                items.add(DueItem.of(
                        p.getString("kind"),
                        community,
                        p.get("internship", Number.class).longValue(),
                        p.get("ref", Number.class).longValue(),
                        p.getString("occasion"),
                        p.getString("recipient"),
                        p.getDate("dueAt").toInstant()));
            }
            if (items.size() >= BATCH) {
                planned += items.size();
                due.planAll(items);
                items.clear();
            }
        }
        planned += items.size();
        due.planAll(items);
        written.put("due items planned", planned);
        System.out.printf("  planned %,d pending due items%n", planned);
        return written;
    }

    private static long insert(MongoCollection<Document> collection, List<Document> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = batch.size();
        try {
            collection.insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (com.mongodb.MongoBulkWriteException someExisted) {
            n -= someExisted.getWriteErrors().size();
        }
        batch.clear();
        return n;
    }

    private Object rewrite(Object value, String externalId) {
        if (value instanceof Document d) {
            Document copy = new Document();
            d.forEach((k, v) -> copy.put(k, rewrite(v, externalId)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> rewrite(v, externalId)).toList();
        }
        if (value instanceof String s) {
            return s.equals(template.externalId()) ? externalId : s.replace(template.id(), "slack:" + externalId);
        }
        if (value instanceof ObjectId) {
            return new ObjectId();
        }
        return value;
    }
}
