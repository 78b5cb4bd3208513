package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void createsTheDataDirectoryAndListensOnAFreeLoopbackPort() {
        Path directory = temp.resolve("nested/data");

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, false)) {
            assertThat(directory.resolve(EmbeddedMongoServer.STORE_FILE_NAME)).exists();
            assertThat(server.getPort()).isPositive();
            assertThat(server.getConnectionString()).isEqualTo("mongodb://127.0.0.1:" + server.getPort());
        }
    }

    @Test
    void dataSurvivesARestart() {
        // given documents written, updated, deleted and indexed, then a clean close
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, true);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> internships =
                    client.getDatabase("atelier").getCollection("internships");
            internships.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
            internships.insertOne(new Document("_id", 1).append("slug", "logo").append("milestones", 3));
            internships.insertOne(new Document("_id", 2).append("slug", "landing-page"));
            internships.updateOne(Filters.eq("_id", 1), Updates.set("milestones", 4));
            internships.deleteOne(Filters.eq("_id", 2));
        }

        // when the store is opened again
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, true);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> internships =
                    client.getDatabase("atelier").getCollection("internships");

            // then everything is as it was, unique index included
            assertThat(internships.find().into(new ArrayList<>()))
                    .containsExactly(
                            new Document("_id", 1).append("slug", "logo").append("milestones", 4));
            assertThatThrownBy(() -> internships.insertOne(new Document("_id", 3).append("slug", "logo")))
                    .hasMessageContaining("duplicate key");
        }
    }

    @Test
    void concurrentWritersAllLandAndSurviveARestart() throws Exception {
        int writers = 4;
        int perWriter = 100;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> counters = client.getDatabase("atelier").getCollection("counters");
            counters.insertOne(new Document("_id", "shared").append("n", 0));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        counters.insertOne(new Document("_id", writer + "-" + i));
                        counters.findOneAndUpdate(Filters.eq("_id", "shared"), Updates.inc("n", 1));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();
        }

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoCollection<Document> counters = client.getDatabase("atelier").getCollection("counters");
            assertThat(counters.countDocuments()).isEqualTo(writers * perWriter + 1);
            assertThat(counters.find(Filters.eq("_id", "shared")).first().getInteger("n"))
                    .isEqualTo(writers * perWriter);
        }
    }

    @Test
    @SuppressWarnings("try") // the first server only has to hold the directory while the second tries
    void aSecondServerOnTheSameDirectoryIsRefusedClearly() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(temp, 0, false)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.start(temp, 0, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Could not open the embedded store");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(temp, 0, false);
        server.close();
        server.close();
    }
}
