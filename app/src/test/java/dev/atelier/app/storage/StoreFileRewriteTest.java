package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewrite before a start leaves no byte of a deleted key, even one an inner B-tree page kept; it runs
 * only after an erasure, so other starts do not read and write the whole store.
 */
class StoreFileRewriteTest {

    @TempDir
    Path data;

    @Test
    void aDeletedKeyThatSeparatedTwoPagesIsGoneAfterTheRewriteAndTheLiveEntriesStay() throws IOException {
        Path file = data.resolve("store.mv.db");
        String erased;
        try (MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .pageSplitSize(512)
                .open()) {
            MVMap<String, String> keys = store.openMap("keys");
            for (int i = 0; i < 200; i++) {
                keys.put("member/U%03d".formatted(i), "numbers " + i);
            }
            store.commit();
            erased = separatorKeys(keys).get(0);
            keys.remove(erased);
            store.commit();
            assertThat(keys).doesNotContainKey(erased);
            assertThat(separatorKeys(keys))
                    .as("a deleted key stays a separator")
                    .contains(erased);
        }

        StoreFileRewrite.rewrite(file);

        assertThat(contains(file, erased)).isFalse();
        try (MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<String, String> keys = store.openMap("keys");
            assertThat(keys).hasSize(199).containsEntry("member/U199", "numbers 199");
        }
    }

    @Test
    void aStartAfterNoErasureOpensTheFileAsItIsAndOneAfterAnErasureRewritesIt() throws IOException {
        Path file = data.resolve(EmbeddedMongoServer.STORE_FILE_NAME);
        // given a store that held a note naming someone, deleted without an erasure
        withStore(notes -> {
            notes.insertOne(new Document("_id", 1).append("text", "Ottilie Quarrington"));
            notes.deleteOne(new Document("_id", 1));
        });
        assertThat(StoreFileRewrite.clean(file))
                .as("a new file has nothing erased")
                .exists();

        // when it starts again (creating an index on the erasure log, as the application does at every start)
        withStore(notes -> {});
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            client.getDatabase("atelier").getCollection("erasure_log").createIndex(new Document("at", 1));
        }
        // then the file was not rewritten: the deleted note's bytes are still in it
        assertThat(contains(file, "Ottilie Quarrington")).isTrue();
        assertThat(StoreFileRewrite.clean(file)).exists();

        // when an erasure is logged, then the marker is gone at once, and the next start rewrites the file
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            client.getDatabase("atelier").getCollection("erasure_log").insertOne(new Document("communityId", "c"));
            assertThat(StoreFileRewrite.clean(file)).doesNotExist();
        }
        withStore(notes -> {});
        assertThat(contains(file, "Ottilie Quarrington")).isFalse();
        assertThat(StoreFileRewrite.clean(file)).exists();
    }

    /** Starts the embedded store (rewriting its file when it must) and hands {@code body} a collection. */
    void withStore(Consumer<MongoCollection<Document>> body) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            body.accept(client.getDatabase("atelier").getCollection("notes"));
        }
    }

    /** The keys of every inner page of the map's tree. */
    static List<String> separatorKeys(MVMap<String, String> map) {
        List<String> found = new ArrayList<>();
        collect(map.getRootPage(), found);
        return found;
    }

    private static void collect(Page<String, String> page, List<String> found) {
        if (page.isLeaf()) {
            return;
        }
        for (int i = 0; i < page.getKeyCount(); i++) {
            found.add(page.getKey(i));
        }
        for (int i = 0; i <= page.getKeyCount(); i++) {
            collect(page.getChildPage(i), found);
        }
    }

    static boolean contains(Path file, String text) throws IOException {
        return ForgottenMemberLeavesNoBytesTest.indexOf(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8))
                >= 0;
    }
}
