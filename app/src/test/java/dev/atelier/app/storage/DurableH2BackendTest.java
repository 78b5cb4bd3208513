package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void refusesAStoreWithAutoCommitBecauseBackgroundWritesAreAsynchronous() {
        MVStore autoCommitting = MVStore.open(temp.resolve("auto.mv.db").toString());
        try {
            assertThatThrownBy(() -> new DurableH2Backend(autoCommitting, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("autoCommitDisabled");
        } finally {
            autoCommitting.close();
        }
    }

    @Test
    void refusesAnInMemoryStore() {
        assertThatThrownBy(() -> new DurableH2Backend(
                        new MVStore.Builder().autoCommitDisabled().open(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compactionKeepsTheData() {
        // given many writes, most of them deleted again
        Path file = temp.resolve("store.mv.db");
        DurableH2Backend backend = DurableH2Backend.open(file, false);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> notes = client.getDatabase("atelier").getCollection("notes");
            for (int i = 0; i < 300; i++) {
                notes.insertOne(new Document("_id", i));
            }
            notes.deleteMany(Filters.gte("_id", 30));

            // when housekeeping runs while the store is in use
            backend.compactSome();
            notes.insertOne(new Document("_id", "after"));
        } finally {
            server.shutdownNow();
        }

        // then the data is intact after a reopen
        DurableH2Backend reopened = DurableH2Backend.open(file, false);
        MongoServer again = new MongoServer(reopened);
        again.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(again.getConnectionString())) {
            List<Document> notes =
                    client.getDatabase("atelier").getCollection("notes").find().into(new ArrayList<>());
            assertThat(notes).hasSize(31);
        } finally {
            again.shutdownNow();
        }
        assertThat(reopened.compactSome()).as("closed backends do nothing").isFalse();
    }
}
