package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control experiment, off by default: the same crash against the stock {@code H2Backend}
 * (auto-commit once a second) loses acknowledged inserts. Run it with
 * {@code -Datelier.store.control=true}; the figures are in BENCHMARKS.md.
 */
@EnabledIfSystemProperty(named = "atelier.store.control", matches = "true")
class StockBackendCrashControlTest {

    private static final int N = 2_000;

    @TempDir
    Path directory;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void theStockBackendLosesAcknowledgedInsertsOnAJvmHalt() throws Exception {
        ChildJvm.Run run = ChildJvm.crashAfterWrites(directory, "stock", "inserts", N);
        assertThat(run.idsOf("ACK")).as("child stderr:%n%s", run.stderr()).hasSize(N);

        List<Document> stored;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            stored = client.getDatabase(CrashingWriter.DATABASE)
                    .getCollection(CrashingWriter.COLLECTION)
                    .find()
                    .into(new ArrayList<>());
        }
        System.out.printf(
                "stock H2Backend: %d acknowledged, %d survived, %d lost%n", N, stored.size(), N - stored.size());
        assertThat(stored.size()).isLessThan(N);
    }
}
