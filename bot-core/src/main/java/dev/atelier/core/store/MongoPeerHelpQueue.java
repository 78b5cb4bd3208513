package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.atelier.core.peerhelp.PeerHelpQueue;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The peer-help list in {@value #COLLECTION}: one document per hour of asking, found by its {@code _id}
 * (the hour, ISO-8601), listing each question asked in it that may still be offered as {@code {c:
 * community, n: number, k: cohort}}. Every read and write is by {@code _id}; forgetting past hours is the
 * one range, over at most a week of hour documents.
 */
final class MongoPeerHelpQueue implements PeerHelpQueue {

    static final String COLLECTION = "peer_help_queue";
    private static final String ENTRIES = "entries";
    private static final int BATCH = 1000;

    private final MongoCollection<Document> hours;

    MongoPeerHelpQueue(MongoTemplate mongo) {
        this.hours = mongo.getCollection(COLLECTION);
    }

    /** Whether a saved question may be offered to peers later: waiting, not kept from peers, not offered. */
    static boolean offerable(Question q) {
        return (q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.REOPENED)
                && (q.peers() == null || (!q.peers().optedOut() && q.peers().offeredAt() == null));
    }

    /** Lists the question under the hour it was asked in ({@code $addToSet}, upsert by {@code _id}). */
    void list(String communityId, long number, String cohortName, Instant askedAt) {
        hours.updateOne(
                eq("_id", hour(askedAt)),
                Updates.addToSet(ENTRIES, entry(communityId, number, cohortName)),
                new UpdateOptions().upsert(true));
    }

    /**
     * Lists every stored question that may still be offered (once, when a store that kept no list starts):
     * one pass over the waiting questions, written an hour's batch at a time.
     */
    void listStored(MongoTemplate mongo) {
        Migrations.once(mongo, "peer-help-queue-1", () -> {
            Map<String, List<Document>> batch = new LinkedHashMap<>();
            int[] size = {0};
            try (var waiting = mongo.stream(
                    Query.query(
                            Criteria.where("status").in(QuestionStatus.OPEN.name(), QuestionStatus.REOPENED.name())),
                    QuestionDocument.class)) {
                waiting.forEach(d -> {
                    if (d.peers() == null || (!d.peers().optedOut() && d.peers().offeredAt() == null)) {
                        batch.computeIfAbsent(hour(d.askedAt()), h -> new ArrayList<>())
                                .add(entry(d.communityId(), d.number(), d.cohortName()));
                        if (++size[0] == BATCH) {
                            write(batch);
                            size[0] = 0;
                        }
                    }
                });
            }
            write(batch);
        });
    }

    private void write(Map<String, List<Document>> batch) {
        batch.forEach((hour, entries) -> hours.updateOne(
                eq("_id", hour), Updates.addEachToSet(ENTRIES, entries), new UpdateOptions().upsert(true)));
        batch.clear();
    }

    @Override
    public List<Listed> between(Instant fromHour, Instant toHour) {
        List<String> ids = new ArrayList<>();
        for (Instant h = fromHour.truncatedTo(ChronoUnit.HOURS); !h.isAfter(toHour); h = h.plus(1, ChronoUnit.HOURS)) {
            ids.add(hour(h));
        }
        List<Listed> listed = new ArrayList<>();
        hours.find(in("_id", ids)).forEach(d -> {
            Instant hour = Instant.parse(d.getString("_id"));
            d.getList(ENTRIES, Document.class, List.of())
                    .forEach(e -> listed.add(new Listed(
                            e.getString("c"), e.get("n", Number.class).longValue(), e.getString("k"), hour)));
        });
        listed.sort(Comparator.comparing(Listed::hour)
                .thenComparing(Listed::communityId)
                .thenComparingLong(Listed::number));
        return listed;
    }

    @Override
    public void drop(Collection<Listed> listed) {
        Map<Instant, List<Document>> byHour = new LinkedHashMap<>();
        listed.forEach(l -> byHour.computeIfAbsent(l.hour(), h -> new ArrayList<>())
                .add(entry(l.communityId(), l.number(), l.cohortName())));
        byHour.forEach((hour, entries) -> hours.updateOne(eq("_id", hour(hour)), Updates.pullAll(ENTRIES, entries)));
    }

    @Override
    public void forgetBefore(Instant hour) {
        hours.deleteMany(lt("_id", hour(hour)));
    }

    private static Document entry(String communityId, long number, String cohortName) {
        return new Document("c", communityId).append("n", number).append("k", cohortName);
    }

    private static String hour(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS).toString();
    }
}
