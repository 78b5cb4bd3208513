package dev.atelier.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * Child-JVM program of the crash tests: starts a store on a directory, performs acknowledged
 * writes with the real driver, prints a line per acknowledged write to stdout, then halts the JVM
 * at once (no shutdown hooks, no close, no final commit).
 * <p>
 * Arguments: {@code <directory> <durable|durable-fsync|stock> <inserts|update-delete|concurrent> <n>}.
 * Output lines: {@code ACK <id>} (inserted), {@code UPD <id>} (incremented), {@code DEL <id>} (deleted).
 */
public final class CrashingWriter {

    static final String DATABASE = "crash";
    static final String COLLECTION = "writes";

    private CrashingWriter() {}

    public static void main(String[] args) throws Exception {
        QuietLogging.apply();
        Path directory = Path.of(args[0]);
        String backend = args[1];
        String scenario = args[2];
        int n = Integer.parseInt(args[3]);

        String connectionString = start(directory, backend);
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build());
        MongoCollection<Document> writes = client.getDatabase(DATABASE).getCollection(COLLECTION);
        switch (scenario) {
            case "inserts" -> inserts(writes, n);
            case "update-delete" -> updatesAndDeletes(writes, n);
            case "concurrent" -> concurrentInserts(writes, n);
            default -> throw new IllegalArgumentException(scenario);
        }
        Runtime.getRuntime().halt(1);
    }

    private static String start(Path directory, String backend) {
        if (backend.equals("stock")) {
            MongoServer server = new MongoServer(new H2Backend(
                    directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME).toString()));
            server.bind("127.0.0.1", 0);
            return server.getConnectionString();
        }
        return EmbeddedMongoServer.start(directory, 0, backend.equals("durable-fsync"))
                .getConnectionString();
    }

    private static void inserts(MongoCollection<Document> writes, int n) {
        for (int i = 0; i < n; i++) {
            writes.insertOne(new Document("_id", i).append("payload", "document " + i));
            System.out.println("ACK " + i);
        }
    }

    /**
     * Inserts n, then per id, from the last down to 0: odd ids updateOne; even ids
     * findOneAndUpdate then deleteOne. The JVM halts right after the delete of id 0.
     */
    private static void updatesAndDeletes(MongoCollection<Document> writes, int n) {
        inserts(writes, n);
        for (int i = n - 1; i >= 0; i--) {
            if (i % 2 == 1) {
                writes.updateOne(Filters.eq("_id", i), Updates.inc("version", 1));
                System.out.println("UPD " + i);
            } else {
                writes.findOneAndUpdate(Filters.eq("_id", i), Updates.inc("version", 1));
                System.out.println("UPD " + i);
                writes.deleteOne(Filters.eq("_id", i));
                System.out.println("DEL " + i);
            }
        }
    }

    /** Four writers on their own connections; returns (and the JVM halts) with writes still in flight. */
    private static void concurrentInserts(MongoCollection<Document> writes, int n) throws InterruptedException {
        AtomicInteger acknowledged = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            int writer = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; ; i++) {
                    String id = writer + "-" + i;
                    writes.insertOne(new Document("_id", id).append("writer", writer));
                    System.out.println("ACK " + id);
                    acknowledged.incrementAndGet();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        while (acknowledged.get() < n) {
            Thread.sleep(1);
        }
    }
}
