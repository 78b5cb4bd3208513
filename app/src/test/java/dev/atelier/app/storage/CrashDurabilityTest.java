package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes survive a crash: a child JVM writes through the real driver and halts
 * right after its last acknowledged write; a new server on the same directory must hold them all.
 */
class CrashDurabilityTest {

    private static final int N = 2_000;

    @TempDir
    Path directory;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void everyAcknowledgedInsertSurvivesAJvmHalt() throws Exception {
        // given a child that inserts N documents one by one and halts right after the last ack
        ChildJvm.Run run = ChildJvm.crashAfterWrites(directory, "durable", "inserts", N);
        List<String> acknowledged = run.idsOf("ACK");
        assertThat(acknowledged)
                .as("acknowledged inserts; child stderr:%n%s", run.stderr())
                .hasSize(N);
        assertThat(run.exitCode()).as("the child was halted").isEqualTo(1);

        // when the store is opened again, then every acknowledged document is there
        Map<Object, Document> stored = storedDocuments();
        assertThat(missing(acknowledged, stored)).as("acknowledged but lost").isEmpty();
        assertThat(stored).hasSize(N);
    }

    @Test
    void acknowledgedUpdatesAndDeletesSurviveAJvmHalt() throws Exception {
        // given inserts, then updateOne or findOneAndUpdate + deleteOne, halting right after a delete
        int n = 200;
        ChildJvm.Run run = ChildJvm.crashAfterWrites(directory, "durable", "update-delete", n);
        assertThat(run.lines()).as("child stderr:%n%s", run.stderr()).isNotEmpty();
        assertThat(run.lines().get(run.lines().size() - 1)).isEqualTo("DEL 0");
        Set<String> updated = new HashSet<>(run.idsOf("UPD"));
        Set<String> deleted = new HashSet<>(run.idsOf("DEL"));
        assertThat(updated).hasSize(n);

        // when reopened, then deletes are gone and every surviving document carries its update
        Map<Object, Document> stored = storedDocuments();
        List<String> resurrected = deleted.stream()
                .filter(id -> stored.containsKey(Integer.valueOf(id)))
                .toList();
        assertThat(resurrected).as("deleted but back").isEmpty();
        List<String> notUpdated = new ArrayList<>();
        for (String id : updated) {
            Document document = stored.get(Integer.valueOf(id));
            if (!deleted.contains(id)
                    && (document == null || !Integer.valueOf(1).equals(document.get("version")))) {
                notUpdated.add(id);
            }
        }
        assertThat(notUpdated).as("update acknowledged but lost").isEmpty();
        assertThat(stored).hasSize(n / 2);
    }

    @Test
    void acknowledgedInsertsFromConcurrentWritersSurviveAHaltWithWritesInFlight() throws Exception {
        // given four writers, halted while some of their writes are still in flight
        ChildJvm.Run run = ChildJvm.crashAfterWrites(directory, "durable", "concurrent", N);
        List<String> acknowledged = run.idsOf("ACK");
        assertThat(acknowledged).as("child stderr:%n%s", run.stderr()).hasSizeGreaterThanOrEqualTo(N);

        // then every acknowledged document is there (unacknowledged in-flight ones may be too)
        Map<Object, Document> stored = storedDocuments();
        assertThat(missing(acknowledged, stored)).as("acknowledged but lost").isEmpty();
    }

    private static List<String> missing(List<String> acknowledged, Map<Object, Document> stored) {
        Set<String> storedIds = stored.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
        return acknowledged.stream().filter(id -> !storedIds.contains(id)).toList();
    }

    private Map<Object, Document> storedDocuments() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            return client
                    .getDatabase(CrashingWriter.DATABASE)
                    .getCollection(CrashingWriter.COLLECTION)
                    .find()
                    .into(new ArrayList<>())
                    .stream()
                    .collect(Collectors.toMap(document -> document.get("_id"), Function.identity()));
        }
    }
}
