package dev.atelier.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A sharded cluster refuses a unique index that does not start with the shard key: through {@code mongos} the
 * stores leave out their unique indexes led by {@code _id} (which only the embedded server needs), and keep the
 * identity ones led by the community id; elsewhere they create both.
 */
class StoreIndexesThroughMongosTest {

    @Test
    void throughMongosTheUniqueIndexesLedByIdAreLeftOut() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            // given the embedded server, and the same server seen as if through mongos
            MongoTemplate direct = new MongoTemplate(client, "direct");
            MongoTemplate sharded = new MongoTemplate(client, "sharded") {
                @Override
                public Document executeCommand(Document command) {
                    return command.containsKey("isMaster")
                            ? new Document("ismaster", true).append("msg", "isdbgrid")
                            : super.executeCommand(command);
                }
            };

            // when a store declares an identity index and a version index on each
            for (MongoTemplate mongo : List.of(direct, sharded)) {
                StoreIndexes.of(mongo, "things")
                        .unique("thing_identity", "communityId", "number")
                        .unique("thing_version", "_id", "version");
            }

            // then the embedded server got both, the sharded cluster only the one led by the community id
            assertThat(names(direct)).contains("thing_identity", "thing_version");
            assertThat(names(sharded)).contains("thing_identity").doesNotContain("thing_version");
        } finally {
            server.shutdownNow();
        }
    }

    private static List<String> names(MongoTemplate mongo) {
        return mongo.getCollection("things")
                .listIndexes()
                .map(d -> d.getString("name"))
                .into(new java.util.ArrayList<>());
    }
}
