package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Per-community lists of document ids, each one document found by its {@code _id} (the community
 * id): what a listing reads instead of a query on {@code communityId}, which the embedded server
 * answers by scanning the whole collection. An id is added before the document it names is written,
 * so a crash leaves at most an id too many; readers check what they load.
 */
final class IdLists {

    static final String IDS = "ids";

    private final MongoCollection<Document> lists;

    IdLists(MongoTemplate mongo, String collection) {
        this.lists = mongo.getCollection(collection);
    }

    /** Adds the id to the community's list ({@code $addToSet}, upsert by {@code _id}). */
    void add(String communityId, String id) {
        addAll(communityId, List.of(id));
    }

    void addAll(String communityId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        lists.updateOne(
                eq("_id", communityId),
                Updates.combine(Updates.set("communityId", communityId), Updates.addEachToSet(IDS, List.copyOf(ids))),
                new UpdateOptions().upsert(true));
    }

    /** The ids listed for the community, in the order they were added. */
    List<String> ids(String communityId) {
        Document list = lists.find(eq("_id", communityId)).first();
        return list == null ? List.of() : list.getList(IDS, String.class, List.of());
    }

    /** Takes ids out of the community's list ({@code $pullAll} by {@code _id}). */
    void remove(String communityId, Collection<String> ids) {
        if (!ids.isEmpty()) {
            lists.updateOne(eq("_id", communityId), Updates.pullAll(IDS, List.copyOf(ids)));
        }
    }
}
