package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Pulls many entries of one hour from the peer-help list ({@link MongoPeerHelpQueue}), each from the documents that
 * hold it: the embedded server compares each element of an array with every value {@code $pullAll} names, so one pull
 * of a round's whole page (10,000 entries) from every chunk of a busy hour costs entries × page and ran for minutes.
 * Looks first in the documents of the page being handed to a round on this thread (where a round's entries come
 * from: no read), then reads the hour's other documents by {@code _id $in}, a page at a time, until every entry was
 * found; each write is by {@code _id}.
 */
final class MongoPeerHelpPulls {

    private static final String ENTRIES = "entries";
    /** The documents of the page being handed to a round on this thread, while it is. */
    private static final ThreadLocal<List<Document>> HANDING = new ThreadLocal<>();

    private final MongoCollection<Document> documents;

    MongoPeerHelpPulls(MongoCollection<Document> documents) {
        this.documents = documents;
    }

    /** Runs {@code hand} (a page given to a round) with the page's documents known to this thread's pulls. */
    static void whileHanding(List<Document> page, Runnable hand) {
        HANDING.set(page);
        try {
            hand.run();
        } finally {
            HANDING.remove();
        }
    }

    /** Pulls {@code entries} from the documents {@code ids} (an hour's head and chunks) that hold them. */
    void pullEach(List<String> ids, List<Document> entries) {
        Set<Document> wanted = new HashSet<>(entries);
        Set<String> among = new HashSet<>(ids);
        List<Document> handed = HANDING.get();
        if (handed != null) {
            pull(handed.stream().filter(d -> among.contains(d.getString("_id"))).toList(), wanted);
        }
        for (int from = 0; from < ids.size() && !wanted.isEmpty(); from += MongoPeerHelpQueue.CHUNKS_PER_PAGE) {
            List<Document> read = new ArrayList<>();
            documents
                    .find(in("_id", ids.subList(from, Math.min(ids.size(), from + MongoPeerHelpQueue.CHUNKS_PER_PAGE))))
                    .forEach(read::add);
            pull(read, wanted);
        }
    }

    /** Pulls from each of these documents the wanted entries it holds, in one write; those found are no longer wanted. */
    private void pull(List<Document> held, Set<Document> wanted) {
        List<WriteModel<Document>> pulls = new ArrayList<>();
        List<Document> found = new ArrayList<>();
        for (Document d : held) {
            List<Document> inIt = d.getList(ENTRIES, Document.class, List.of()).stream()
                    .filter(wanted::contains)
                    .toList();
            if (!inIt.isEmpty()) {
                pulls.add(new UpdateOneModel<>(eq("_id", d.get("_id")), Updates.pullAll(ENTRIES, inIt)));
                found.addAll(inIt);
            }
        }
        found.forEach(wanted::remove);
        if (!pulls.isEmpty()) {
            documents.bulkWrite(pulls);
        }
    }
}
