package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The peer-help list in {@value #COLLECTION}: per hour of asking, a head found by its {@code _id} (the hour,
 * ISO-8601) counting the listings made in that hour ({@code n}), and chunks {@code <hour>#<i>} of at most {@link
 * #CHUNK} entries each, {@code {c: community, n: number, k: cohort}}: listing one takes the next place from the
 * head ({@code findAndModify $inc}) and adds the entry to that place's chunk, so no document grows without bound
 * however many questions one hour has. A round reads the week's heads, then their chunks {@value #CHUNKS_PER_PAGE} at a time, by {@code _id $in}; an
 * hour stored by an earlier version keeps its entries in the head, which is read as a chunk. What a round cannot
 * offer now is parked per community and day in the same collection ({@link MongoPeerHelpParking}), never read by a
 * round. Every read and write is by {@code _id}; forgetting past hours (parked days included) is the one range, over
 * at most a week of documents.
 */
final class MongoPeerHelpQueue implements PeerHelpQueue {

    static final String COLLECTION = "peer_help_queue";
    /** Entries in one chunk at most (about 60 bytes each). */
    static final int CHUNK = 1000;

    private static final String ENTRIES = "entries";
    private static final String COUNT = "n";
    private static final int BATCH = 1000;
    /** Entries of one hour a drop pulls from all its chunks at once; more are pulled from the chunks holding each. */
    private static final int FEW = 100;
    /** Chunks one page of a round reads at once (at most 10,000 entries in memory). */
    static final int CHUNKS_PER_PAGE = 10;

    private final MongoCollection<Document> hours;
    private final int chunk;
    private final MongoPeerHelpParking parking;
    private final MongoPeerHelpPulls pulls;

    MongoPeerHelpQueue(MongoTemplate mongo) {
        this(mongo, CHUNK);
    }

    MongoPeerHelpQueue(MongoTemplate mongo, int chunk) {
        this.hours = mongo.getCollection(COLLECTION);
        this.chunk = chunk;
        this.parking = new MongoPeerHelpParking(hours, this::add, this::chunksOf);
        this.pulls = new MongoPeerHelpPulls(hours);
    }

    /** Whether a saved question may be offered to peers later: waiting, not kept from peers, not offered. */
    static boolean offerable(Question q) {
        return (q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.REOPENED)
                && (q.peers() == null || (!q.peers().optedOut() && q.peers().offeredAt() == null));
    }

    /** Lists the question under the hour it was asked in, in the chunk of the next place of that hour. */
    void list(String communityId, long number, String cohortName, Instant askedAt) {
        add(hour(askedAt), List.of(entry(communityId, number, cohortName)));
    }

    /** Takes places for the entries from the hour's head, and adds them to the chunks those places fall in. */
    private void add(String hour, List<Document> entries) {
        Document head = hours.findOneAndUpdate(
                eq("_id", hour),
                Updates.inc(COUNT, entries.size()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long last = head.get(COUNT, Number.class).longValue();
        long first = last - entries.size();
        Map<String, List<Document>> byChunk = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byChunk.computeIfAbsent(chunkId(hour, (first + i) / chunk), c -> new ArrayList<>())
                    .add(entries.get(i));
        }
        byChunk.forEach((id, some) ->
                hours.updateOne(eq("_id", id), Updates.addEachToSet(ENTRIES, some), new UpdateOptions().upsert(true)));
    }

    /**
     * Lists every stored question that may still be offered (once, when a store that kept no list starts):
     * one pass over the waiting questions, written an hour's batch at a time.
     */
    void listStored(MongoTemplate mongo) {
        Migrations.once(mongo, "peer-help-queue-1", () -> {
            Map<String, List<Document>> batch = new LinkedHashMap<>();
            int[] size = {0};
            try (var waiting = PagedStream.of(
                    mongo,
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
        batch.forEach(this::add);
        batch.clear();
    }

    @Override
    public void forEachPage(Instant fromHour, Instant toHour, Consumer<List<Listed>> page) {
        List<String> ids = new ArrayList<>();
        for (Instant h = fromHour.truncatedTo(ChronoUnit.HOURS); !h.isAfter(toHour); h = h.plus(1, ChronoUnit.HOURS)) {
            ids.add(hour(h));
        }
        List<Document> heads = new ArrayList<>();
        hours.find(in("_id", ids)).forEach(heads::add);
        heads.sort(Comparator.comparing(head -> head.getString("_id")));
        for (Document head : heads) {
            pass(List.of(head), page);
            List<String> chunks = chunksOf(head);
            for (int from = 0; from < chunks.size(); from += CHUNKS_PER_PAGE) {
                List<Document> read = new ArrayList<>();
                hours.find(in("_id", chunks.subList(from, Math.min(chunks.size(), from + CHUNKS_PER_PAGE))))
                        .forEach(read::add);
                pass(read, page);
            }
        }
    }

    /**
     * The entries of these documents, sorted by community and number, to {@code page} unless there are none; the
     * documents are known to this thread's drops meanwhile ({@link MongoPeerHelpPulls#whileHanding}).
     */
    private static void pass(List<Document> documents, Consumer<List<Listed>> page) {
        Set<Listed> listed = new LinkedHashSet<>();
        documents.forEach(d -> read(d, listed));
        if (!listed.isEmpty()) {
            List<Listed> sorted = new ArrayList<>(listed);
            sorted.sort(Comparator.comparing(Listed::communityId).thenComparingLong(Listed::number));
            MongoPeerHelpPulls.whileHanding(documents, () -> page.accept(sorted));
        }
    }

    /** The entries of a chunk (or of a head an earlier version stored with its entries), under the chunk's hour. */
    private static void read(Document d, Collection<Listed> into) {
        String id = d.getString("_id");
        int mark = id.indexOf('#');
        Instant hour = Instant.parse(mark < 0 ? id : id.substring(0, mark));
        d.getList(ENTRIES, Document.class, List.of())
                .forEach(e -> into.add(
                        new Listed(e.getString("c"), e.get("n", Number.class).longValue(), e.getString("k"), hour)));
    }

    /** The ids of the chunks a head's count of places fills. */
    private List<String> chunksOf(Document head) {
        Number count = head.get(COUNT, Number.class);
        long places = count == null ? 0 : count.longValue();
        List<String> ids = new ArrayList<>();
        for (long c = 0; c * chunk < places; c++) {
            ids.add(chunkId(head.getString("_id"), c));
        }
        return ids;
    }

    @Override
    public void drop(Collection<Listed> listed) {
        Map<String, List<Document>> byHour = new LinkedHashMap<>();
        listed.forEach(l -> byHour.computeIfAbsent(hour(l.hour()), h -> new ArrayList<>())
                .add(entry(l.communityId(), l.number(), l.cohortName())));
        Map<String, Document> heads = new LinkedHashMap<>();
        hours.find(in("_id", List.copyOf(byHour.keySet()))).forEach(h -> heads.put(h.getString("_id"), h));
        byHour.forEach((hour, entries) -> {
            // from every chunk of the hour (a question listed again may be in two) and from an old head's entries
            List<String> ids = new ArrayList<>(List.of(hour));
            Document head = heads.get(hour);
            if (head != null) {
                ids.addAll(chunksOf(head));
            }
            if (entries.size() <= FEW) {
                hours.updateMany(in("_id", ids), Updates.pullAll(ENTRIES, entries));
            } else {
                pulls.pullEach(ids, entries);
            }
        });
    }

    @Override
    public void park(Collection<Listed> listed) {
        // parked before it leaves the list: a question in both is parked again by the next round
        parking.park(listed);
        drop(listed);
    }

    @Override
    public void unpark(String communityId, Instant fromHour, Instant toHour) {
        parking.unpark(communityId, fromHour, toHour);
    }

    @Override
    public void forgetBefore(Instant hour) {
        hours.deleteMany(lt("_id", hour(hour)));
    }

    static Document entry(String communityId, long number, String cohortName) {
        return new Document("c", communityId).append("n", number).append("k", cohortName);
    }

    private static String chunkId(String hour, long chunk) {
        return hour + "#" + chunk;
    }

    static String hour(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS).toString();
    }
}
