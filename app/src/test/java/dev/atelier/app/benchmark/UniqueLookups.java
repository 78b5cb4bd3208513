package dev.atelier.app.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import dev.atelier.app.storage.DurableH2Backend;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;

/**
 * Harness (not a test): finds by {@code _id} and by a unique index through the real MongoDB driver against the
 * embedded server on an existing store file (the application's backend), timed one by one:
 * {@code UniqueLookups <store file> [lookups=20000]}. Keys are the stored questions' and internships' ids and
 * identities ({@code communityId}, {@code number}: the unique indexes {@code question_identity} and
 * {@code internship_identity}) and the due-work entries' ids, in a shuffled order, each found (a miss stops the
 * run); wall time of each find and the process's CPU time (client and server share the JVM) per find. Also prints the
 * Java/BSON type of the {@code _id} of one document of each collection. Use a copy of the store: closing writes
 * to it. See BENCHMARKS.md.
 */
public final class UniqueLookups {

    private static final int WARM_UP = 2_000;

    private UniqueLookups() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        quiet();
        long opening = System.nanoTime();
        MongoServer server = new MongoServer(DurableH2Backend.open(file, false));
        System.out.printf("opened %s in %,d ms%n", file, (System.nanoTime() - opening) / 1_000_000);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoDatabase database = client.getDatabase("atelier");
            printIdTypes(database);
            time(database.getCollection("questions"), lookups, true);
            time(database.getCollection("internships"), lookups, true);
            time(database.getCollection("due_work"), lookups, false);
        } finally {
            server.shutdownNow();
        }
    }

    private static void time(MongoCollection<Document> collection, int lookups, boolean identities) {
        List<Document> keys = collection
                .find()
                .projection(Projections.include("_id", "communityId", "number"))
                .into(new ArrayList<>());
        Collections.shuffle(keys, new Random(1));
        String name = collection.getNamespace().getCollectionName();
        measure(collection, keys, WARM_UP, key -> Filters.eq("_id", key.get("_id")));
        report(
                name + " by _id",
                keys.size(),
                measure(collection, keys, lookups, key -> Filters.eq("_id", key.get("_id"))));
        if (identities) {
            measure(collection, keys, WARM_UP, UniqueLookups::identity);
            report(
                    name + " by {communityId, number}",
                    keys.size(),
                    measure(collection, keys, lookups, UniqueLookups::identity));
        }
    }

    private static Document identity(Document key) {
        return new Document("communityId", key.get("communityId")).append("number", key.get("number"));
    }

    /** Nanoseconds of each lookup, and (last element) the process's CPU nanoseconds over all of them. */
    private static long[] measure(
            MongoCollection<Document> collection,
            List<Document> keys,
            int lookups,
            Function<Document, org.bson.conversions.Bson> filter) {
        long[] nanos = new long[lookups + 1];
        long cpu = processCpuNanos();
        for (int i = 0; i < lookups; i++) {
            Document key = keys.get(i % keys.size());
            long start = System.nanoTime();
            Document found = collection.find(filter.apply(key)).first();
            nanos[i] = System.nanoTime() - start;
            if (found == null) {
                throw new IllegalStateException("not found: " + key);
            }
        }
        nanos[lookups] = processCpuNanos() - cpu;
        return nanos;
    }

    private static void report(String what, int stored, long[] measured) {
        long[] nanos = Arrays.copyOf(measured, measured.length - 1);
        long cpu = measured[measured.length - 1];
        long total = Arrays.stream(nanos).sum();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s (%,d stored): %,d finds in %,d ms, mean %,d µs, p50 %,d µs, p99 %,d µs; process CPU %,d µs a find;"
                        + " load average %.1f%n",
                what,
                stored,
                nanos.length,
                total / 1_000_000,
                total / nanos.length / 1_000,
                sorted[sorted.length / 2] / 1_000,
                sorted[(int) (sorted.length * 0.99)] / 1_000,
                cpu / nanos.length / 1_000,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void printIdTypes(MongoDatabase database) {
        Map<String, String> types = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            Document first = database.getCollection(name).find().limit(1).first();
            if (first != null && first.containsKey("_id")) {
                types.put(name, first.get("_id").getClass().getSimpleName());
            }
        }
        System.out.println("_id types: " + types);
    }

    private static void quiet() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
