package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.rights.RetentionSettings;
import dev.atelier.core.rights.RetentionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Retention on MongoDB: the days per community ({@code retention_settings}, id = community id) and
 * the purge. An internship ended when its status became completed, withdrawn or closed: the time
 * of the last line of its timeline.
 */
final class MongoRetention implements RetentionStore, RetentionSettings {

    private static final List<String> ENDED = List.of(
            InternshipStatus.COMPLETED.name(), InternshipStatus.WITHDRAWN.name(), InternshipStatus.CLOSED.name());

    private static final int PAGE = 1_000;
    /** References of living messages ({@code MessageRefDocument}), kept at {@value #KEPT_AT}. */
    private static final String REFS = "message_refs";

    private static final String KEPT_AT = "keptAt";
    /** When the last whole pass finished: one document, by {@code _id}. */
    private static final String PASSES = "retention_passes";

    private static final String PASS = "purge-all";

    private final MongoTemplate mongo;

    MongoRetention(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public OptionalInt days(String communityId) {
        Document d = mongo.getCollection(MemberCollections.RETENTION)
                .find(eq("_id", communityId))
                .first();
        return d == null ? OptionalInt.empty() : OptionalInt.of(((Number) d.get("days")).intValue());
    }

    @Override
    public void setDays(String communityId, int days) {
        mongo.getCollection(MemberCollections.RETENTION)
                .replaceOne(
                        eq("_id", communityId),
                        new Document("_id", communityId).append("days", days),
                        new ReplaceOptions().upsert(true));
    }

    @Override
    public java.util.Optional<Instant> lastPass() {
        Document d = mongo.getCollection(PASSES).find(eq("_id", PASS)).first();
        return java.util.Optional.ofNullable(d == null ? null : d.getDate("at")).map(Date::toInstant);
    }

    @Override
    public void passed(Instant at) {
        mongo.getCollection(PASSES)
                .replaceOne(
                        eq("_id", PASS),
                        new Document("_id", PASS).append("at", Date.from(at)),
                        new ReplaceOptions().upsert(true));
    }

    @Override
    public List<String> communityIds() {
        return mongo.getCollection("communities").distinct("_id", String.class).into(new ArrayList<>());
    }

    @Override
    public Purged purge(String c, Instant cutoff, Instant now) {
        Date before = Date.from(cutoff);
        long due = new DueRetention(mongo).purge(c, before);
        long seen =
                delete("seen_messages", and(eq("communityId", c), or(lt("seenAt", before), exists("seenAt", false))));
        long links = delete("login_links", and(eq("communityId", c), lt("expiresAt", Date.from(now))))
                + delete(MemberCollections.DATA_LINKS, and(eq("communityId", c), lt("expiresAt", Date.from(now))));
        long refs = delete(REFS, and(eq("communityId", c), or(lt(KEPT_AT, before), exists(KEPT_AT, false))));
        List<Long> ended = endedBefore(c, cutoff);
        if (ended.isEmpty()) {
            return new Purged(due, seen, links, 0, 0, refs);
        }
        return new Purged(due, seen, links, 0, 0, refs).plus(endedRecords(c, ended));
    }

    /** The check-in answers, check-ins and message counts of these ended internships of community {@code c}. */
    private Purged endedRecords(String c, List<Long> ended) {
        long answers = delete("checkin_answers", and(eq("communityId", c), in("internship", ended)))
                + delete("checkins", and(eq("communityId", c), in("internship", ended)));
        List<String> questionIds = new ArrayList<>();
        mongo.getCollection("questions")
                .find(and(eq("communityId", c), in("internshipNumber", ended)))
                .projection(Projections.include("number"))
                .forEach(q -> questionIds.add(c + "/" + ((Number) q.get("number")).longValue()));
        long counts = delete(
                        "message_counts",
                        in("_id", ended.stream().map(n -> c + "/" + n).toList()))
                + delete("question_message_counts", in("_id", questionIds));
        return new Purged(0, 0, 0, answers, counts);
    }

    @Override
    public Purged purgeAll(Function<String, Instant> cutoffOf, Instant now) {
        Map<String, Instant> cutoffs = new HashMap<>();
        Function<String, Instant> cutoff = c -> cutoffs.computeIfAbsent(c, cutoffOf);
        long due = new DueRetention(mongo).purgeAll(cutoff);
        long seen = before("seen_messages", "seenAt", cutoff);
        long refs = before(REFS, KEPT_AT, cutoff);
        Date at = Date.from(now);
        long links =
                delete("login_links", lt("expiresAt", at)) + delete(MemberCollections.DATA_LINKS, lt("expiresAt", at));
        Map<String, List<Long>> ended = new HashMap<>();
        mongo.getCollection("internships")
                .find(in("status", ENDED))
                .projection(Projections.include("communityId", "number", "timeline"))
                .batchSize(PAGE)
                .forEach(d -> {
                    String c = d.getString("communityId");
                    Instant last = lastEvent(d);
                    if (c != null && last != null && last.isBefore(cutoff.apply(c))) {
                        ended.computeIfAbsent(c, k -> new ArrayList<>()).add(((Number) d.get("number")).longValue());
                    }
                });
        Purged all = new Purged(due, seen, links, 0, 0, refs);
        for (Map.Entry<String, List<Long>> e : ended.entrySet()) {
            all = all.plus(endedRecords(e.getKey(), e.getValue()));
        }
        return all;
    }

    /**
     * Records of {@code collection} (counted message ids, living message references) whose {@code time} is
     * before their community's cutoff (or missing): one pass, deleted by {@code _id} a page at a time.
     */
    private long before(String collection, String time, Function<String, Instant> cutoff) {
        MongoCollection<Document> seen = mongo.getCollection(collection);
        long deleted = 0;
        List<Object> page = new ArrayList<>();
        for (Document d :
                seen.find().projection(Projections.include("communityId", time)).batchSize(PAGE)) {
            Date at = d.getDate(time);
            String c = d.getString("communityId");
            if (at == null || c == null || at.toInstant().isBefore(cutoff.apply(c))) {
                page.add(d.get("_id"));
            }
            if (page.size() == PAGE) {
                deleted += seen.deleteMany(in("_id", page)).getDeletedCount();
                page.clear();
            }
        }
        return page.isEmpty()
                ? deleted
                : deleted + seen.deleteMany(in("_id", page)).getDeletedCount();
    }

    private List<Long> endedBefore(String c, Instant cutoff) {
        List<Long> numbers = new ArrayList<>();
        mongo.getCollection("internships")
                .find(and(eq("communityId", c), in("status", ENDED)))
                .forEach(d -> {
                    Instant ended = lastEvent(d);
                    if (ended != null && ended.isBefore(cutoff)) {
                        numbers.add(((Number) d.get("number")).longValue());
                    }
                });
        return numbers;
    }

    private static Instant lastEvent(Document internship) {
        Instant last = null;
        for (Object event : internship.getList("timeline", Object.class, List.of())) {
            if (event instanceof Document e
                    && e.get("at") instanceof Date at
                    && (last == null || at.toInstant().isAfter(last))) {
                last = at.toInstant();
            }
        }
        return last;
    }

    private long delete(String collection, Bson filter) {
        return mongo.getCollection(collection).deleteMany(filter).getDeletedCount();
    }
}
