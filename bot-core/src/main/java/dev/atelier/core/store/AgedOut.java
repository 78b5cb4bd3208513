package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import dev.atelier.core.rights.Cutoffs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What aged out of each community's retention, selected by the server: one filter per kind of record with a
 * branch per cutoff in use ({@code communityId $in} the communities that set that many days, and {@code $nin}
 * all of them for the default), each a range on the record's time ({@code {communityId, <time>}} indexes). Read a
 * bounded page at a time ({@code limit}, no sort: the embedded server stops its scan at the limit), deleted, read
 * again until a page is short or deletes nothing; so a pass holds at most a page, however much is stored.
 */
final class AgedOut {

    /** Records read at most per page. */
    static final int PAGE = 10_000;

    private AgedOut() {}

    /** The records of {@code time} before their community's cutoff. */
    static Bson filter(String time, Cutoffs cutoffs) {
        Map<Instant, List<String>> byCutoff = new TreeMap<>();
        cutoffs.own()
                .forEach((c, at) ->
                        byCutoff.computeIfAbsent(at, k -> new ArrayList<>()).add(c));
        List<Bson> branches = new ArrayList<>();
        byCutoff.forEach(
                (at, communities) -> branches.add(and(in("communityId", communities), lt(time, Date.from(at)))));
        Bson byDefault = lt(time, Date.from(cutoffs.byDefault()));
        branches.add(
                cutoffs.own().isEmpty()
                        ? byDefault
                        : and(nin("communityId", List.copyOf(cutoffs.own().keySet())), byDefault));
        return branches.size() == 1 ? branches.get(0) : or(branches);
    }

    /**
     * Reads what {@code filter} selects ({@code projection} only) a page of {@code page} at a time and hands each
     * page to {@code delete}, which returns how many it deleted (records it keeps are read again next page);
     * returns how many went.
     */
    static long purge(
            MongoCollection<Document> records,
            Bson filter,
            Bson projection,
            int page,
            ToLongFunction<List<Document>> delete) {
        long deleted = 0;
        while (true) {
            List<Document> read = records.find(filter)
                    .projection(projection)
                    .limit(page)
                    .batchSize(Math.min(page, 1_000))
                    .into(new ArrayList<>());
            long gone = read.isEmpty() ? 0 : delete.applyAsLong(read);
            deleted += gone;
            if (read.size() < page || gone == 0) {
                return deleted;
            }
        }
    }
}
