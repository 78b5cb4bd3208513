package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.ReplaceOptions;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.rights.RetentionSettings;
import dev.atelier.core.rights.RetentionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
        List<Long> ended = endedBefore(c, cutoff);
        if (ended.isEmpty()) {
            return new Purged(due, seen, links, 0, 0);
        }
        long answers = delete("checkin_answers", and(eq("communityId", c), in("internship", ended)))
                + delete("checkins", and(eq("communityId", c), in("internship", ended)));
        List<String> questionIds = new ArrayList<>();
        mongo.getCollection("questions")
                .find(and(eq("communityId", c), in("internshipNumber", ended)))
                .forEach(q -> questionIds.add(c + "/" + ((Number) q.get("number")).longValue()));
        long counts = delete(
                        "message_counts",
                        in("_id", ended.stream().map(n -> c + "/" + n).toList()))
                + delete("question_message_counts", in("_id", questionIds));
        return new Purged(due, seen, links, answers, counts);
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
