package dev.atelier.app.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a MongoDB stores per internship at the volume: builds one community of {@code N} internships
 * through the core ({@link ScaleTemplate}: milestones, hours, ten questions, twenty check-in answers, thirty
 * counted messages, fifty due items each), then prints, per collection, the documents, their BSON bytes (what
 * MongoDB stores before WiredTiger's compression) and the index entries (documents × the collection's indexes,
 * {@code _id} included), and the totals divided by {@code N}. A harness run by hand; the figures go in
 * BENCHMARKS.md.
 *
 * <pre>
 * java -cp "$CP" dev.atelier.app.benchmark.StoragePerInternship 10
 * </pre>
 */
public final class StoragePerInternship {

    private static final CommunityRef COMMUNITY = new CommunityRef(Platform.SLACK, "T1", "Acme");

    private StoragePerInternship() {}

    public static void main(String[] args) {
        int internships = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoTemplate mongo = new MongoTemplate(client, "atelier");
            AtelierCore.Services core = AtelierCore.assemble(
                    mongo, new Outbound(List.of(), List.of()), Clock.systemUTC(), AtelierCore.Settings.ephemeral());
            new ScaleTemplate(core.bot(), MongoStores.create(mongo), COMMUNITY).build(internships);
            report(mongo, internships);
        } finally {
            server.shutdownNow();
        }
    }

    private static void report(MongoTemplate mongo, int internships) {
        Map<String, long[]> rows = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            long documents = 0;
            long bytes = 0;
            for (RawBsonDocument d : mongo.getDb()
                    .getCollection(collection, RawBsonDocument.class)
                    .find()) {
                documents++;
                bytes += d.getByteBuffer().remaining();
            }
            long indexes = 0;
            for (Document ignored : mongo.getCollection(collection).listIndexes()) {
                indexes++;
            }
            rows.put(collection, new long[] {documents, bytes, documents * indexes});
        }
        long documents = 0;
        long bytes = 0;
        long entries = 0;
        System.out.printf("%-28s %10s %12s %14s%n", "collection", "documents", "BSON bytes", "index entries");
        for (Map.Entry<String, long[]> row : rows.entrySet()) {
            long[] r = row.getValue();
            System.out.printf("%-28s %10d %12d %14d%n", row.getKey(), r[0], r[1], r[2]);
            documents += r[0];
            bytes += r[1];
            entries += r[2];
        }
        System.out.printf("%-28s %10d %12d %14d%n", "total", documents, bytes, entries);
        System.out.printf(
                "per internship: %.1f documents, %.1f KB of BSON, %.1f index entries%n",
                documents / (double) internships, bytes / 1024.0 / internships, entries / (double) internships);
    }
}
