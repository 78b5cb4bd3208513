package dev.atelier.app.benchmark;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import dev.atelier.core.community.CommunityRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Copies the template community's documents into more communities, in-process, straight into the embedded
 * server's collections ({@link MongoCollection#insertDocuments}, the call the server's {@code insert} command
 * makes, so the same unique indexes are checked and filled), unordered, committing the store once per group of
 * communities (about {@value #DOCUMENTS_PER_COMMIT} documents) instead of once per wire command, collections
 * written by {@value #WRITERS} threads at once. Only the
 * template's documents are held. Every string naming the template community is rewritten (in keys and values);
 * object ids are new. Pending due items get their own segments and bucket heads ({@link PendingDueClone}), as
 * the due-work store's planning writes them; done ones, like every other document, are copied.
 */
final class ScaleClone {

    static final int DOCUMENTS_PER_COMMIT = 100_000;
    /** Threads writing collections at once. */
    static final int WRITERS = 2;
    /** The count of pending due items in {@link #into}'s answer: items inside segments, not documents. */
    static final String PENDING_ITEMS = "pending due items";

    private static final String NAMESPACES = "system.namespaces";
    /**
     * The peer-help list: one document per hour of asking across communities, so a copy would collide with
     * the template's; {@link #into} has the application list the stored questions again at its next start.
     */
    static final String PEER_HELP_LIST = "peer_help_queue";
    /** The one-time listing of stored questions in {@link #PEER_HELP_LIST} (a `store_migrations` id). */
    private static final String PEER_HELP_LISTING = "peer-help-queue-1";

    /**
     * Queues worked off and purged (commands, notifications, the outbox's list of active lanes), pending due items'
     * segments and heads, migrations, the peer-help list, and the purges' time lists (one list per kind and ten
     * minutes across communities, so a copy would collide with the template's; the copies' done items are therefore
     * not listed, and the retention purge leaves them, which the measurement does not wait for).
     */
    private static final List<String> NOT_CLONED = List.of(
            PEER_HELP_LIST,
            PendingDueClone.HEADS,
            PendingDueClone.SEGMENTS,
            "command_inbox",
            "command_inbox_lanes",
            "outbox",
            "outbox_lanes",
            "outbox_active",
            "time_lists",
            "store_migrations");

    private final MongoDatabase database;
    private final Runnable commit;
    private final CommunityRef template;

    /**
     * @param database the store's database, inside the embedded server's backend
     * @param commit   makes what was written so far part of the store file
     * @param template the community whose documents are copied
     */
    ScaleClone(MongoDatabase database, Runnable commit, CommunityRef template) {
        this.database = database;
        this.commit = commit;
        this.template = template;
    }

    /** Copies into communities {@code TC<from>} .. {@code TC<to - 1>}; prints a line every tenth of the way. */
    Map<String, Long> into(int from, int to) {
        Map<String, List<Document>> docs = templateDocuments();
        int perCommunity = docs.values().stream().mapToInt(List::size).sum();
        PendingDueClone pending = new PendingDueClone(database, template);
        int group = Math.max(1, DOCUMENTS_PER_COMMIT / Math.max(1, perCommunity));
        Map<String, Long> written = new LinkedHashMap<>();
        docs.keySet().forEach(name -> written.put(name, 0L));
        long start = System.nanoTime();
        long total = 0;
        int reported = 0;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int first = from; first < to; first += group) {
                int last = Math.min(to, first + group);
                total += writeGroup(writers, docs, first, last, written);
                for (int k = first; k < last; k++) {
                    pending.plan("TC" + k, this::rewrite);
                }
                pending.flushIfFull();
                commit.run();
                if ((last - from) * 10L / (to - from) > reported) {
                    reported = (int) ((last - from) * 10L / (to - from));
                    progress(last - from, to - from, total + pending.segments(), start);
                }
            }
        } finally {
            writers.shutdown();
        }
        pending.flush();
        database.resolveCollection("store_migrations", true).deleteDocuments(new Document("_id", PEER_HELP_LISTING), 1);
        commit.run();
        written.put(PendingDueClone.SEGMENTS, pending.segments());
        written.put(PENDING_ITEMS, pending.items());
        return written;
    }

    /**
     * Writes communities {@code TC<first>} .. {@code TC<last - 1>}: each collection's copies in one unordered
     * insert, collections in parallel on {@code writers} (each collection is locked by the server while it
     * inserts; the store takes concurrent writes to different maps).
     */
    private long writeGroup(
            ExecutorService writers, Map<String, List<Document>> docs, int first, int last, Map<String, Long> written) {
        List<Future<Long>> inserts = new ArrayList<>();
        for (Map.Entry<String, List<Document>> collection : docs.entrySet()) {
            inserts.add(writers.submit(() -> {
                List<Document> batch = new ArrayList<>();
                for (int k = first; k < last; k++) {
                    String id = "TC" + k;
                    collection.getValue().forEach(d -> batch.add((Document) rewrite(d, id)));
                }
                return insert(collection.getKey(), batch);
            }));
        }
        long total = 0;
        int i = 0;
        for (String name : docs.keySet()) {
            long inserted = join(inserts.get(i++));
            written.merge(name, inserted, Long::sum);
            total += inserted;
        }
        return total;
    }

    private static long join(Future<Long> insert) {
        try {
            return insert.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a write failed", e.getCause());
        }
    }

    /** The template's documents, by collection, without those of the pending due items' queue. */
    private Map<String, List<Document>> templateDocuments() {
        Map<String, List<Document>> docs = new LinkedHashMap<>();
        for (Document namespace : database.resolveCollection(NAMESPACES, true).queryAll()) {
            String full = namespace.get("name").toString();
            String name = full.substring(full.indexOf('.') + 1);
            if (NOT_CLONED.contains(name) || name.startsWith("system.")) {
                continue;
            }
            List<Document> mine = new ArrayList<>();
            for (Document d : database.resolveCollection(name, true).queryAll()) {
                if (mentions(d)) {
                    mine.add(d);
                }
            }
            if (!mine.isEmpty()) {
                docs.put(name, mine);
            }
        }
        return docs;
    }

    private long insert(String name, List<Document> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        MongoCollection<?> collection = database.resolveCollection(name, true);
        List<Document> errors = collection.insertDocuments(batch, false);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    errors.size() + " documents of " + name + " not inserted, first: " + errors.get(0));
        }
        return batch.size();
    }

    private boolean mentions(Object value) {
        if (value instanceof Document d) {
            for (Map.Entry<String, Object> e : d.entrySet()) {
                if (e.getKey().contains(template.id()) || mentions(e.getValue())) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(this::mentions);
        }
        return value instanceof String s && s.contains(template.id());
    }

    /** A deep copy naming community {@code externalId} where the template named itself; new object ids. */
    Object rewrite(Object value, String externalId) {
        if (value instanceof Document d) {
            Document copy = new Document();
            d.forEach((k, v) -> copy.put(rewriteString(k, externalId), rewrite(v, externalId)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(rewrite(v, externalId)));
            return copy;
        }
        if (value instanceof String s) {
            return rewriteString(s, externalId);
        }
        if (value instanceof ObjectId) {
            return new ObjectId();
        }
        return value;
    }

    private String rewriteString(String s, String externalId) {
        if (s.equals(template.externalId())) {
            return externalId;
        }
        return s.contains(template.id())
                ? s.replace(template.id(), new CommunityRef(template.platform(), externalId, null).id())
                : s;
    }

    private static void progress(int done, int of, long documents, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "  %,d of %,d communities: %,d documents in %.0f s (%.0f a second), heap in use %d MB%n",
                done,
                of,
                documents,
                seconds,
                documents / seconds,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
