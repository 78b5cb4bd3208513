package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import dev.atelier.core.rights.Erasure;
import dev.atelier.core.rights.MemberRecords.ErasureLog;
import dev.atelier.core.rights.Pseudonym;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Erases one member of a community: deletes their personal records, takes them out of other people's
 * lists, then rewrites every remaining record of the community that names them (in a value or in its
 * {@code _id}, lookup keys and lanes included) with a pseudonym, and logs it. Rewritten aggregates get a
 * new version, so a save that read them before fails instead of writing the member back; a rewrite replaces
 * only the document as it was read, so a change made meanwhile is kept, not written over.
 */
final class MongoMemberErasure {

    static final String ERASED_QUESTION = "(erased: asked by a former member)";

    /** Reads of a document that keeps changing under the erasure before the command is tried again. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    MongoMemberErasure(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Erasure erase(String c, String m, Pseudonym p, ErasureLog log) {
        Set<String> names = names(c, m);
        List<Long> asIntern = numbers(and(eq("communityId", c), eq("intern._id", m)));
        List<Long> all = numbers(and(eq("communityId", c), eq("memberIds", m)));
        long deleted = delete("profiles", eq("_id", c + "/" + m))
                + delete("login_links", and(eq("communityId", c), eq("memberId", m)))
                + delete(MemberCollections.DATA_LINKS, and(eq("communityId", c), eq("memberId", m)))
                + delete("checkin_answers", and(eq("communityId", c), in("internship", asIntern)))
                + delete("checkins", and(eq("communityId", c), eq("internId", m)))
                + delete("due_work", and(eq("communityId", c), eq("recipient", m)))
                + update(
                        MongoDueWork.SEGMENTS,
                        and(eq("communityId", c), eq("items.recipient", m)),
                        new Document("$pull", new Document("items", new Document("recipient", m))))
                + deletePlans(c, m)
                + delete("away", eq("_id", c + "/" + m))
                + delete("moderators_seen", eq("_id", c + "/" + m))
                + update(MongoModeration.LISTS, eq("_id", c), new Document("$pull", new Document(IdLists.IDS, m)))
                + delete("credential_recipients", eq("_id", c + "/" + m))
                + delete("outbox", and(eq("communityId", c), eq("toKind", "d"), eq("toId", m)))
                + delete("outbox_lanes", eq("_id", c + "|d:" + m))
                + update(
                        OutboxWaiting.ACTIVE_COLLECTION,
                        eq("_id", OutboxWaiting.ACTIVE),
                        new Document("$pull", new Document(OutboxWaiting.ACTIVE, c + "|d:" + m)))
                + delete("command_inbox", and(eq("lane", c + "/" + m), eq("done", true)))
                + delete("command_inbox_lanes", and(eq("_id", c + "/" + m), eq("holder", null)))
                + update(
                        "internships",
                        and(
                                eq("communityId", c),
                                eq("intern._id", m),
                                eq("completion.rating", new Document("$exists", true))),
                        new Document("$set", new Document("completion.rating", null)))
                + update(
                        "rosters",
                        eq("communityId", c),
                        new Document("$pull", new Document("enrollees", new Document("member._id", m))))
                + update("profiles", eq("communityId", c), new Document("$pull", new Document("avoid", m)))
                + update("communities", eq("_id", c), new Document("$pull", new Document("moderatorIds", m)))
                + update(
                        "questions",
                        and(eq("communityId", c), eq("asker._id", m)),
                        new Document("$set", new Document("text", ERASED_QUESTION)));
        forgetRevokedTokens(c, m);
        int pseudonymised = pseudonymise(c, new Scrubber(m, names, p));
        Date at = Date.from(log.at());
        mongo.getCollection("internships")
                .updateMany(
                        and(eq("communityId", c), in("number", all)),
                        new Document(
                                "$push",
                                new Document(
                                        "timeline",
                                        new Document("at", at)
                                                .append("by", p.id())
                                                .append(
                                                        "what",
                                                        "a member's personal data was erased at their request; they show as "
                                                                + Pseudonym.NAME))));
        mongo.getCollection(MemberCollections.ERASURE_LOG)
                .insertOne(new Document("communityId", c)
                        .append("at", at)
                        .append("moderatorId", log.moderatorId())
                        .append("pseudonymId", p.id())
                        .append("credentials", log.credentials().word())
                        .append("deleted", deleted)
                        .append("pseudonymised", pseudonymised));
        return new Erasure((int) deleted, pseudonymised, p.id());
    }

    /** Every name stored next to the member's id anywhere in the community. */
    private Set<String> names(String c, String m) {
        List<String> names = new ArrayList<>();
        for (String collection : collections()) {
            mongo.getCollection(collection)
                    .find(inCommunity(collection, c))
                    .forEach(d -> BsonValues.namesBeside(d, m, names));
        }
        return new LinkedHashSet<>(names);
    }

    /**
     * Rewrites every document of the community that names the member, keys included. A document whose
     * {@code _id} names them (a lookup key such as {@code c/member/<id>} or {@code c/workspace/<channel>},
     * a lane {@code c|c:<channel>}) moves to the rewritten {@code _id}: a lookup key's numbers are merged
     * into the key it becomes, so it still resolves; any other document is written under its new
     * {@code _id} before the old one is deleted (a crash in between leaves a copy, never a loss).
     */
    private int pseudonymise(String c, Scrubber scrubber) {
        int changed = 0;
        for (String collection : collections()) {
            MongoCollection<Document> docs = mongo.getCollection(collection);
            for (Document d : docs.find(inCommunity(collection, c)).into(new ArrayList<>())) {
                if (rewrite(docs, collection, d, scrubber)) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * Rewrites one document only if it is still as it was read (the filter is the whole document as read),
     * so a change someone made meanwhile is never written over: the document is read again and rewritten
     * with that change in it. False when nothing in it names the member, or it was deleted meanwhile.
     */
    private boolean rewrite(MongoCollection<Document> docs, String collection, Document read, Scrubber scrubber) {
        Document d = read;
        for (int attempt = 1; d != null; attempt++) {
            Document rewritten = (Document) BsonValues.rewrite(d, scrubber);
            if (rewritten.equals(d)) {
                return false;
            }
            if (rewritten.get("version") instanceof Number version) {
                rewritten.put("version", version.longValue() + 1);
            }
            Object id = d.get("_id");
            if (MemberCollections.LOOKUP_KEYS.contains(collection) && !Objects.equals(id, rewritten.get("_id"))) {
                new LookupKeys(mongo, collection).rename((String) id, rewritten.getString("_id"));
                return true;
            }
            if (Objects.equals(id, rewritten.get("_id"))) {
                if (docs.replaceOne(d, rewritten).getMatchedCount() > 0) {
                    return true;
                }
            } else {
                docs.replaceOne(eq("_id", rewritten.get("_id")), rewritten, new ReplaceOptions().upsert(true));
                if (docs.deleteOne(d).getDeletedCount() > 0) {
                    return true;
                }
            }
            if (attempt == ATTEMPTS) {
                throw new ConcurrentChange("a record of the member kept changing while it was erased", null);
            }
            d = docs.find(eq("_id", id)).first();
        }
        return false;
    }

    /**
     * A revoked credential's signed token carries the holder's id and name: it is removed, so the
     * record keeps only the credential's id, dates, reason and status-list slot (still verifiable as
     * revoked). Only revoked credentials lose their token (with {@code revoke} all of theirs were just
     * revoked; with {@code keep}, only ones a moderator revoked before): a kept one is theirs, token and all.
     */
    private long forgetRevokedTokens(String c, String m) {
        return update(
                "internships",
                and(
                        eq("communityId", c),
                        eq("intern._id", m),
                        new Document("completion.credential.revokedAt", new Document("$ne", null)),
                        new Document("completion.credential.token", new Document("$ne", null))),
                new Document("$unset", new Document("completion.credential.token", "")));
    }

    private long deletePlans(String c, String m) {
        MongoCollection<Document> plans = mongo.getCollection("pairing_plans");
        long n = 0;
        for (Document plan : plans.find(eq("communityId", c)).into(new ArrayList<>())) {
            if (BsonValues.mentions(plan, m)) {
                n += plans.deleteOne(eq("_id", plan.get("_id"))).getDeletedCount();
            }
        }
        return n;
    }

    /** Every collection but the erasure log: lookup keys and lanes too, as their {@code _id}s can name a member. */
    private List<String> collections() {
        return mongo.getCollectionNames().stream()
                .filter(n -> !n.equals(MemberCollections.ERASURE_LOG))
                .sorted()
                .toList();
    }

    /**
     * The community's documents in {@code collection}: those keyed by it ({@code c}, {@code c/…}, {@code c|…},
     * as lanes are, which carry no community field), a prefix of {@code _id} served by its index; and, where the
     * collection has an index led by the community id (every collection whose documents carry one under
     * another key), those that carry its id. A collection without such an index keeps its documents under keys
     * of the community, or holds none about a member (delivery keys, status lists): asking it for the community
     * field would read it whole on a real MongoDB, as an {@code $or} needs an index for each branch.
     */
    private Bson inCommunity(String collection, String c) {
        Bson key = eq("_id", c);
        Bson keyPrefix = regex("_id", "^" + literal(c) + "[/|]");
        return ledByCommunity(collection) ? or(eq("communityId", c), key, keyPrefix) : or(key, keyPrefix);
    }

    private boolean ledByCommunity(String collection) {
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            Document key = index.get("key", Document.class);
            if (key != null
                    && !key.isEmpty()
                    && "communityId".equals(key.keySet().iterator().next())) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} as a regular expression that matches only itself: every other character escaped. */
    private static String literal(String text) {
        return text.replaceAll("([^A-Za-z0-9])", "\\\\$1");
    }

    private List<Long> numbers(Bson filter) {
        List<Long> numbers = new ArrayList<>();
        mongo.getCollection("internships")
                .find(filter)
                .forEach(d -> numbers.add(((Number) d.get("number")).longValue()));
        return numbers;
    }

    private long delete(String collection, Bson filter) {
        return mongo.getCollection(collection).deleteMany(filter).getDeletedCount();
    }

    private long update(String collection, Bson filter, Bson update) {
        return mongo.getCollection(collection).updateMany(filter, update).getModifiedCount();
    }
}
