package dev.atelier.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * Benchmark harness (not a test): acknowledged single-document inserts through the real driver,
 * one at a time, against the durable backend (commit per write; commit + fsync per write) and the
 * stock H2 backend. Prints a Markdown table of throughput and latency percentiles.
 * <p>
 * Arguments: {@code [inserts=5000] [warmup=1000] [base directory=system temp]}. See BENCHMARKS.md.
 */
public final class EmbeddedStoreBenchmark {

    private EmbeddedStoreBenchmark() {}

    public static void main(String[] args) throws IOException {
        QuietLogging.apply();
        int inserts = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path base = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);

        System.out.printf(
                "%d timed inserts after %d warm-up inserts, %d cores, Java %s, store under %s%n%n",
                inserts,
                warmup,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                base.toAbsolutePath());
        System.out.println("| backend | inserts/s | p50 ms | p99 ms | max ms | file MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String backend : new String[] {"durable (commit)", "durable (commit + fsync)", "stock H2Backend"}) {
            Path directory = Files.createTempDirectory(base, "bench");
            try {
                run(backend, directory, inserts, warmup);
            } finally {
                delete(directory);
            }
        }
    }

    private static void run(String backend, Path directory, int inserts, int warmup) throws IOException {
        Runnable close;
        String connectionString;
        if (backend.startsWith("stock")) {
            MongoServer server = new MongoServer(new H2Backend(
                    directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME).toString()));
            server.bind("127.0.0.1", 0);
            connectionString = server.getConnectionString();
            close = server::shutdownNow;
        } else {
            EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, backend.contains("fsync"));
            connectionString = server.getConnectionString();
            close = server::close;
        }
        long[] nanos = new long[inserts];
        long elapsed;
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build())) {
            MongoCollection<Document> collection = client.getDatabase("bench").getCollection("inserts");
            for (int i = 0; i < warmup; i++) {
                collection.insertOne(document(-1 - i));
            }
            long start = System.nanoTime();
            for (int i = 0; i < inserts; i++) {
                long before = System.nanoTime();
                collection.insertOne(document(i));
                nanos[i] = System.nanoTime() - before;
            }
            elapsed = System.nanoTime() - start;
        } finally {
            close.run();
        }
        double fileMb = Files.size(directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME)) / 1e6;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %.2f | %.1f |%n",
                backend,
                inserts / (elapsed / 1e9),
                millis(nanos, 0.50),
                millis(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                fileMb);
    }

    private static Document document(int i) {
        return new Document("_id", i)
                .append("communityId", "guild-42")
                .append("kind", "checkin")
                .append("text", "Milestone " + i + " submitted for review, see thread")
                .append("at", System.currentTimeMillis());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
