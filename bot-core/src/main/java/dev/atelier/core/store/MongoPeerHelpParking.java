package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dev.atelier.core.peerhelp.PeerHelpQueue.Listed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bson.Document;

/**
 * The parked part of the peer-help list ({@link MongoPeerHelpQueue}): the questions a round could not offer (their
 * community's peer help is off, or they have no channel to go to), kept per community and day of asking in the same
 * head and chunk structure as the hours, a head {@code <day>|parked|<community>} and chunks {@code <head>#<i>} of
 * entries {@code {c, n, k, h: hour asked}}. A key starts with its day, which sorts after every hour of that day and
 * before the next day's ({@code |} after {@code T}), so forgetting the hours before one ({@code _id < hour}) forgets a
 * day's parked documents once its last hour is older than the week, and a round, which reads hours by their exact
 * {@code _id}, never reads them. Per day rather than per hour: a community has at most eight parked heads in a week,
 * however many hours its questions were asked in. Every read and write is by {@code _id}.
 */
final class MongoPeerHelpParking {

    private static final String PARKED = "|parked|";
    private static final String ENTRIES = "entries";

    private final MongoCollection<Document> documents;
    /** Adds entries under a head's key: a place from the head, then the chunk of that place. */
    private final BiConsumer<String, List<Document>> add;
    /** The ids of the chunks a head's count of places fills. */
    private final Function<Document, List<String>> chunksOf;

    MongoPeerHelpParking(
            MongoCollection<Document> documents,
            BiConsumer<String, List<Document>> add,
            Function<Document, List<String>> chunksOf) {
        this.documents = documents;
        this.add = add;
        this.chunksOf = chunksOf;
    }

    /** Keeps these questions under their community and day (the list itself is left to the caller). */
    void park(Collection<Listed> listed) {
        Map<String, List<Document>> byKey = new LinkedHashMap<>();
        listed.forEach(l -> byKey.computeIfAbsent(key(l.communityId(), day(l.hour())), k -> new ArrayList<>())
                .add(MongoPeerHelpQueue.entry(l.communityId(), l.number(), l.cohortName())
                        .append("h", MongoPeerHelpQueue.hour(l.hour()))));
        byKey.forEach(add);
    }

    /**
     * Lists again, under their hours, the community's parked questions asked from {@code fromHour} to {@code toHour}:
     * reads the days' heads, then their chunks a page at a time, all by {@code _id $in}, and pulls from each chunk
     * the entries read in it (those asked before {@code fromHour} are not listed again). Pulling what was read rather than
     * deleting the documents keeps a question parked meanwhile; emptied documents are forgotten with their day.
     */
    void unpark(String communityId, Instant fromHour, Instant toHour) {
        Instant from = fromHour.truncatedTo(ChronoUnit.HOURS);
        List<String> heads = new ArrayList<>();
        for (LocalDate d = day(from); !d.isAfter(day(toHour)); d = d.plusDays(1)) {
            heads.add(key(communityId, d));
        }
        List<String> chunks = new ArrayList<>();
        documents.find(in("_id", heads)).forEach(head -> chunks.addAll(chunksOf.apply(head)));
        for (int first = 0; first < chunks.size(); first += MongoPeerHelpQueue.CHUNKS_PER_PAGE) {
            List<String> page =
                    chunks.subList(first, Math.min(chunks.size(), first + MongoPeerHelpQueue.CHUNKS_PER_PAGE));
            List<Document> read = new ArrayList<>();
            List<WriteModel<Document>> pulls = new ArrayList<>();
            Map<String, List<Document>> byHour = new LinkedHashMap<>();
            documents.find(in("_id", page)).forEach(chunk -> {
                List<Document> held = chunk.getList(ENTRIES, Document.class, List.of());
                read.addAll(held);
                if (!held.isEmpty()) {
                    pulls.add(new UpdateOneModel<>(eq("_id", chunk.get("_id")), Updates.pullAll(ENTRIES, held)));
                }
            });
            for (Document e : read) {
                Instant hour = Instant.parse(e.getString("h"));
                if (!hour.isBefore(from) && !hour.isAfter(toHour)) {
                    byHour.computeIfAbsent(e.getString("h"), h -> new ArrayList<>())
                            .add(MongoPeerHelpQueue.entry(
                                    e.getString("c"), e.get("n", Number.class).longValue(), e.getString("k")));
                }
            }
            byHour.forEach(add);
            if (!pulls.isEmpty()) {
                documents.bulkWrite(pulls);
            }
        }
    }

    private static String key(String communityId, LocalDate day) {
        return day + PARKED + communityId;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
