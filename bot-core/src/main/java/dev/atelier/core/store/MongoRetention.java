package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.rights.Cutoffs;
import dev.atelier.core.rights.RetentionSettings;
import dev.atelier.core.rights.RetentionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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

    private static final int BATCH = 1_000;
    /** References of living messages ({@code MessageRefDocument}), kept at {@value #KEPT_AT}. */
    private static final String REFS = "message_refs";

    private static final String KEPT_AT = "keptAt";
    /** When the last whole pass finished: one document, by {@code _id}. */
    private static final String PASSES = "retention_passes";

    private static final String PASS = "purge-all";

    private final MongoTemplate mongo;

    /** Records of one kind a pass reads at most at once. */
    private final int page;

    MongoRetention(MongoTemplate mongo, int page) {
        this.mongo = mongo;
        this.page = page;
        // counted message ids stored before they had a time get the oldest time, aged out as the pass before this
        // one treated them, so that every record has one and a pass selects by a range alone
        Migrations.once(
                mongo,
                "seen-messages-seen-at-1",
                () -> mongo.getCollection("seen_messages")
                        .updateMany(eq("seenAt", null), Updates.set("seenAt", Date.from(Instant.EPOCH))));
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

    /** The check-in answers, check-ins and message counts of these ended internships of community {@code c}. */
    private Purged endedRecords(String c, List<Long> ended) {
        long answers = delete("checkin_answers", and(eq("communityId", c), in("internship", ended)))
                + delete("checkins", and(eq("communityId", c), in("internship", ended)));
        // the internships' questions, by the questions' lookup keys (by _id)
        List<String> questionIds = new LookupKeys(mongo, QuestionKeys.COLLECTION)
                .numbers(ended.stream().map(n -> QuestionKeys.internship(c, n)).toList()).stream()
                        .map(number -> c + "/" + number)
                        .toList();
        long counts = delete(
                        "message_counts",
                        in("_id", ended.stream().map(n -> c + "/" + n).toList()))
                + delete("question_message_counts", in("_id", questionIds));
        return new Purged(0, 0, 0, answers, counts);
    }

    @Override
    public Map<String, Integer> own() {
        Map<String, Integer> own = new HashMap<>();
        mongo.getCollection(MemberCollections.RETENTION)
                .find()
                .batchSize(BATCH)
                .forEach(d -> own.put(d.getString("_id"), ((Number) d.get("days")).intValue()));
        return own;
    }

    @Override
    public Purged purgeAll(Cutoffs cutoffs, Instant now) {
        long due = new DueRetention(mongo, page).purgeAll(cutoffs);
        long seen = before("seen_messages", "seenAt", cutoffs);
        long refs = before(REFS, KEPT_AT, cutoffs);
        Date at = Date.from(now);
        long links =
                delete("login_links", lt("expiresAt", at)) + delete(MemberCollections.DATA_LINKS, lt("expiresAt", at));
        Map<String, List<Long>> ended = new HashMap<>();
        mongo.getCollection("internships")
                .find(in("status", ENDED))
                .projection(Projections.include("communityId", "number", "timeline"))
                .batchSize(BATCH)
                .forEach(d -> {
                    String c = d.getString("communityId");
                    Instant last = lastEvent(d);
                    if (c != null && last != null && last.isBefore(cutoffs.of(c))) {
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
     * Records of {@code collection} (counted message ids, living message references) whose {@code time} is before
     * their community's cutoff, selected by the server and deleted by {@code _id} a page at a time.
     */
    private long before(String collection, String time, Cutoffs cutoffs) {
        MongoCollection<Document> records = mongo.getCollection(collection);
        return AgedOut.purge(
                records,
                AgedOut.filter(time, cutoffs),
                Projections.include("_id"),
                page,
                read -> records.deleteMany(
                                in("_id", read.stream().map(d -> d.get("_id")).toList()))
                        .getDeletedCount());
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
