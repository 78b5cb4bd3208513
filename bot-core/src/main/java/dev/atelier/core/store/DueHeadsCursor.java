package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Finds the due heads ({@link DueBuckets#HEADS}) by {@code _id} instead of a scan: a head's id is its minute and
 * shard, so the heads of a minute are sixteen ids to read. One document in {@value #COLLECTION} keeps the lowest
 * minute that may still have a head ({@code minute}) and a revision ({@code rev}). Planning lowers it ({@code
 * $min}) and counts a revision after it wrote its heads; a claimer reads the minutes from it up to now, and moves it
 * past the minutes it found empty only if no planning came in between (a conditional update on the minute and the
 * revision it read). So a claim reads what is due and the minutes since the oldest pending head, not every head.
 */
final class DueHeadsCursor {

    static final String COLLECTION = "due_cursor";

    private static final String ID = "heads";
    private static final String MINUTE = "minute";
    private static final String REVISION = "rev";
    /** Minutes read at once: sixteen ids each. */
    private static final int SPAN = 32;

    private final MongoCollection<Document> cursor;
    private final MongoCollection<Document> heads;

    DueHeadsCursor(MongoTemplate mongo) {
        this.cursor = mongo.getCollection(COLLECTION);
        this.heads = mongo.getCollection(DueBuckets.HEADS);
        // a store written before the cursor: start it at the oldest head there is (one read of the heads' ids)
        Migrations.once(mongo, "due-cursor-1", () -> {
            Long oldest = null;
            for (Document head :
                    heads.find().projection(Projections.include("_id")).batchSize(1_000)) {
                long minute = DueBuckets.minuteOf(head.getString("_id"));
                oldest = oldest == null ? minute : Math.min(oldest, minute);
            }
            if (oldest != null) {
                lower(oldest);
            }
        });
    }

    /** After heads were written for minutes from {@code minute} on: a claimer must read them. */
    void lower(long minute) {
        cursor.updateOne(
                eq("_id", ID),
                Updates.combine(Updates.min(MINUTE, minute), Updates.inc(REVISION, 1L)),
                new UpdateOptions().upsert(true));
    }

    /**
     * The heads due by {@code now} that {@code wanted} accepts, read minute by minute from the cursor up to {@code
     * now}'s, oldest first, until {@code enough} are found; moves the cursor past the leading minutes that had no
     * head at all.
     */
    List<Document> dueBy(Instant now, int enough, Predicate<Document> wanted) {
        Document read = cursor.find(eq("_id", ID)).first();
        if (read == null) {
            return List.of();
        }
        long from = read.get(MINUTE, Number.class).longValue();
        long last = Math.floorDiv(now.getEpochSecond(), 60);
        List<Document> due = new ArrayList<>();
        long emptyUntil = from;
        boolean leading = true;
        for (long minute = from; minute <= last && due.size() < enough; minute += SPAN) {
            List<String> ids = new ArrayList<>();
            for (long m = minute; m < minute + SPAN && m <= last; m++) {
                for (int shard = 0; shard < DueBuckets.SHARDS; shard++) {
                    ids.add(DueBuckets.id(m, shard));
                }
            }
            List<Document> found = heads.find(in("_id", ids))
                    .projection(Projections.include("dueAt", "leaseUntil"))
                    .into(new ArrayList<>());
            if (leading && found.isEmpty()) {
                emptyUntil = Math.min(minute + SPAN, last + 1);
            } else if (leading) {
                leading = false;
                emptyUntil = found.stream()
                        .mapToLong(h -> DueBuckets.minuteOf(h.getString("_id")))
                        .min()
                        .orElse(emptyUntil);
            }
            found.stream()
                    .filter(h -> !h.getDate("dueAt").toInstant().isAfter(now) && wanted.test(h))
                    .sorted(Comparator.comparing((Document h) -> h.getDate("dueAt")))
                    .forEach(due::add);
        }
        if (emptyUntil > from) {
            cursor.updateOne(
                    and(eq("_id", ID), eq(MINUTE, from), eq(REVISION, read.get(REVISION))),
                    Updates.set(MINUTE, emptyUntil));
        }
        return due;
    }

    /** The earliest due time of a head due by {@code now}, if any is waiting. */
    Optional<Instant> oldestDue(Instant now) {
        return dueBy(now, 1, h -> true).stream()
                .map(h -> h.getDate("dueAt").toInstant())
                .min(Comparator.naturalOrder());
    }
}
