package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Secondary keys of numbered aggregates, each a document found by its {@code _id}: a key such as
 * {@code slack:T1/member/U7} or {@code slack:T1/milestone/12} lists the numbers of the aggregates
 * that hold it. The embedded server answers only {@code _id} and unique-index lookups without
 * scanning, so a lookup by member, milestone or thread reads one key document, then the aggregates
 * by their {@code _id}. Keys are added before the aggregate is written, so a crash leaves at most a
 * key too many; a reader checks that the aggregate still holds the key. Every addition raises the
 * key's revision {@value #REVISION}, so a reader can take out numbers it found no longer holding the
 * key only if nothing was added since it read the key ({@link #prune}, on {@code _id} and revision,
 * which a unique index serves).
 */
final class LookupKeys {

    static final String NUMBERS = "numbers";
    static final String REVISION = "rev";

    private final MongoCollection<Document> keys;

    LookupKeys(MongoTemplate mongo, String collection) {
        this.keys = mongo.getCollection(collection);
        StoreIndexes.of(mongo, collection).unique(collection + "_revision", "_id", REVISION);
    }

    /** The {@code _id} of a numbered aggregate: {@code <community>/<number>}. */
    static String aggregateId(String communityId, long number) {
        return communityId + "/" + number;
    }

    /** A key of one kind in a community: {@code <community>/<kind>/<value>}. */
    static String scoped(String communityId, String kind, Object value) {
        return communityId + "/" + kind + "/" + value;
    }

    /** Records that aggregate {@code number} of the community holds each of these keys. */
    void add(String communityId, Collection<String> ids, long number) {
        add(communityId, Map.of(number, ids));
    }

    /** Records, for each aggregate number, the keys it holds; one round trip. */
    void add(String communityId, Map<Long, ? extends Collection<String>> idsByNumber) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        idsByNumber.forEach((number, ids) -> ids.forEach(id -> writes.add(new UpdateOneModel<>(
                eq("_id", id),
                Updates.combine(
                        Updates.set("communityId", communityId),
                        Updates.addToSet(NUMBERS, number),
                        Updates.inc(REVISION, 1L)),
                new UpdateOptions().upsert(true)))));
        if (!writes.isEmpty()) {
            keys.bulkWrite(writes);
        }
    }

    /** The numbers listed under this key, in the order they were added. */
    List<Long> numbers(String id) {
        return key(id).map(Key::numbers).orElse(List.of());
    }

    /** The key document: the community of the aggregates it lists, and their numbers. */
    Optional<Key> key(String id) {
        return Optional.ofNullable(keys.find(eq("_id", id)).first())
                .map(d -> new Key(d.getString("communityId"), numbers(d)));
    }

    /** The numbers listed under this key with the key's revision (null for a key that lists none). */
    Revised revised(String id) {
        Document key = keys.find(eq("_id", id)).first();
        return key == null
                ? new Revised(null, List.of())
                : new Revised(key.get(REVISION) instanceof Number n ? n.longValue() : null, numbers(key));
    }

    /**
     * Takes these numbers out of the key if its revision is still {@code revision}: nothing was added
     * since it was read, so none of them was listed again meanwhile.
     */
    void prune(String id, Revised read, Collection<Long> numbers) {
        if (read.revision() == null || numbers.isEmpty()) {
            return;
        }
        keys.updateOne(
                new Document("_id", id).append(REVISION, read.revision()),
                Updates.combine(Updates.pullAll(NUMBERS, List.copyOf(numbers)), Updates.inc(REVISION, 1L)));
    }

    /** The numbers listed under any of these keys. */
    Set<Long> numbers(Collection<String> ids) {
        Set<Long> numbers = new LinkedHashSet<>();
        keys.find(in("_id", ids)).forEach(d -> numbers.addAll(numbers(d)));
        return numbers;
    }

    /** Moves what a key lists to another key (a member's keys when they are erased). */
    void rename(String from, String to) {
        for (Document key = keys.find(eq("_id", from)).first();
                key != null;
                key = keys.find(eq("_id", from)).first()) {
            List<Long> numbers = numbers(key);
            keys.updateOne(
                    eq("_id", to),
                    Updates.combine(
                            Updates.set("communityId", key.getString("communityId")),
                            Updates.addEachToSet(NUMBERS, numbers),
                            Updates.inc(REVISION, 1L)),
                    new UpdateOptions().upsert(true));
            // only the key as read: a number added to it meanwhile is merged on the next turn, not lost
            if (keys.deleteOne(new Document("_id", from).append(REVISION, key.get(REVISION)))
                            .getDeletedCount()
                    > 0) {
                return;
            }
        }
    }

    /** What one key document says: the aggregates of {@code communityId} with these numbers hold the key. */
    record Key(String communityId, List<Long> numbers) {}

    /** The numbers a key listed at one revision. */
    record Revised(Long revision, List<Long> numbers) {}

    private static List<Long> numbers(Document key) {
        return key.getList(NUMBERS, Number.class, List.of()).stream()
                .map(Number::longValue)
                .toList();
    }
}
