package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unique indexes (and {@code _id}) of the embedded store, kept in maps whose keys are compared by value
 * ({@link IndexKeyType}): found, enforced, dropped and reopened as before, on a new store and on one the
 * previous version (mongo-java-server's own H2 database) wrote.
 */
class UniqueKeyIndexTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void aNewStoreFindsByIdAndUniqueFieldsAndRefusesDuplicates() {
        // given a new store with documents under unique indexes
        Path file = temp.resolve("new.mv.db");
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::writeMembers);

        // when it is used, then reopened and used again
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);

        // then the indexes are kept under their own maps only
        assertThat(mapNames(file))
                .contains("atelier.members._keyindex__id_", "atelier.members._keyindex_email_1")
                .noneMatch(name -> name.contains("._index_"));
    }

    @Test
    void aStoreWrittenByThePreviousVersionHasItsUniqueIndexesCopiedOnce() {
        // given a store written by mongo-java-server's own H2 database (keys compared as serialized bytes)
        Path file = temp.resolve("old.mv.db");
        withServer(new H2Backend(MVStore.open(file.toString())), UniqueKeyIndexTest::writeMembers);
        assertThat(mapNames(file)).contains("atelier.members._index__id_", "atelier.members._index_email_1");

        // when the application opens it
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);

        // then the old maps are gone, the new ones hold every key, and a second start finds them built
        List<String> names = mapNames(file);
        assertThat(names).noneMatch(name -> name.contains("._index_"));
        assertThat(entries(file, "atelier.members._keyindex__id_")).isEqualTo(6);
        assertThat(entries(file, "atelier.members._keyindex_email_1")).isEqualTo(6);
        assertThat(entries(file, "atelier.members._keyindex_nick_1"))
                .as("sparse: only documents with a nick")
                .isEqualTo(2);
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);
    }

    @Test
    void aCopyACrashInterruptedIsMadeAgainAtTheNextStart() {
        // given an old store, and under a new index name a key left by a copy that did not finish
        Path file = temp.resolve("interrupted.mv.db");
        withServer(new H2Backend(MVStore.open(file.toString())), UniqueKeyIndexTest::writeMembers);
        MVStore store = MVStore.open(file.toString());
        store.openMap("atelier.members._keyindex_email_1", EmbeddedH2Database.uniqueIndexMap())
                .put(new KeyValue("ghost@x"), "ghost");
        store.close();

        // when the application opens it, then the stale key is gone (it would refuse this address) and all is found
        withServer(DurableH2Backend.open(file, false), client -> {
            findsAndRefuses(client);
            members(client).insertOne(member("ghost", "ghost@x", "T9", 1));
        });
        assertThat(entries(file, "atelier.members._keyindex_email_1")).isEqualTo(7);
    }

    @Test
    void oldKeysThatAreOneKeyNowHaveTheirIndexBuiltFromTheDocuments() {
        // given an old store whose _id index holds 7 (the server's 7.0) and, unlike anything the server writes, 7
        // as an integer pointing at no document: two keys under the old comparison, one under the new
        Path file = temp.resolve("collapsing.mv.db");
        withServer(new H2Backend(MVStore.open(file.toString())), UniqueKeyIndexTest::writeMembers);
        MVStore store = MVStore.open(file.toString());
        store.<Object, Object>openMap("atelier.members._index__id_").put(new KeyValue(7), "ghost");
        store.close();

        // when the application opens it, then that index was built from the documents: 7 is the stored member
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);
        assertThat(entries(file, "atelier.members._keyindex__id_")).isEqualTo(6);
    }

    @Test
    void aRewrittenFileKeepsItsUniqueIndexes() {
        // given a store with unique indexes, and an erasure logged since its last rewrite
        Path file = temp.resolve("rewritten.mv.db");
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::writeMembers);
        StoreFileRewrite.markErased(file);

        // when the file is rewritten from its live entries before a start
        StoreFileRewrite.rewrite(file);

        // then the indexes were copied in their encoding, and serve and refuse as before
        assertThat(entries(file, "atelier.members._keyindex_email_1")).isEqualTo(6);
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::findsAndRefuses);
    }

    @Test
    void aDroppedIndexLosesItsMapAndStopsRefusing() {
        // given a unique index on a new store
        Path file = temp.resolve("drop.mv.db");
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::writeMembers);

        // when it is dropped
        withServer(DurableH2Backend.open(file, false), client -> members(client).dropIndex("email_1"));

        // then its map is gone and, after a restart, a second document may share an address
        assertThat(mapNames(file)).doesNotContain("atelier.members._keyindex_email_1");
        withServer(DurableH2Backend.open(file, false), client -> {
            members(client).insertOne(member("ann-2", "ann@x", "T9", 1));
            assertThat(members(client).countDocuments(Filters.eq("email", "ann@x")))
                    .isEqualTo(2);
        });
    }

    @Test
    void aDroppedCollectionLosesItsIndexMaps() {
        Path file = temp.resolve("dropped.mv.db");
        withServer(DurableH2Backend.open(file, false), UniqueKeyIndexTest::writeMembers);

        withServer(DurableH2Backend.open(file, false), client -> members(client).drop());

        assertThat(mapNames(file)).noneMatch(name -> name.startsWith("atelier.members."));
    }

    private static void writeMembers(MongoClient client) {
        MongoCollection<Document> members = members(client);
        members.createIndex(new Document("email", 1), new IndexOptions().unique(true));
        members.createIndex(
                new Document("communityId", 1).append("number", 1),
                new IndexOptions().unique(true).name("member_identity"));
        members.createIndex(
                new Document("nick", 1), new IndexOptions().unique(true).sparse(true));
        members.insertMany(List.of(
                member("ann", "ann@x", "T1", 1).append("nick", "a"),
                member("bob", "bob@x", "T1", 2),
                member(7, "seven@x", "T2", 1),
                member(new Document("community", "T3").append("member", "cy"), "cy@x", "T3", 1),
                member(new Document("tags", List.of(1, 2)), "t12@x", "T4", 1).append("nick", "t"),
                member(new Document("tags", List.of(1, 3)), "t13@x", "T4", 2)));
    }

    private static Document member(Object id, String email, String communityId, Object number) {
        return new Document("_id", id)
                .append("email", email)
                .append("communityId", communityId)
                .append("number", number);
    }

    private static void findsAndRefuses(MongoClient client) {
        MongoCollection<Document> members = members(client);
        assertThat(members.find(Filters.eq("_id", "bob")).first()).containsEntry("email", "bob@x");
        assertThat(members.find(Filters.eq("_id", 7.0)).first())
                .as("1 and 1.0 are one key")
                .containsEntry("email", "seven@x");
        assertThat(members.find(Filters.eq("_id", new Document("community", "T3").append("member", "cy")))
                        .first())
                .containsEntry("email", "cy@x");
        assertThat(members.find(Filters.eq("_id", new Document("tags", List.of(1, 3))))
                        .first())
                .containsEntry("email", "t13@x");
        assertThat(members.find(Filters.in("_id", "ann", "bob", "nobody")).into(new ArrayList<>()))
                .hasSize(2);
        assertThat(members.find(Filters.eq("email", "ann@x")).first()).containsEntry("_id", "ann");
        assertThat(members.find(Filters.eq("nick", "t")).first()).containsEntry("email", "t12@x");
        assertThat(members.find(new Document("communityId", "T1").append("number", 2L))
                        .first())
                .containsEntry("_id", "bob");

        refused(members, member(7.0, "o@x", "T9", 1));
        refused(members, member(new Document("community", "T3").append("member", "cy"), "o@x", "T9", 1));
        refused(members, member("dup", "bob@x", "T9", 1));
        refused(members, member("dup", "d@x", "T1", 2.0));
        refused(members, member("dup", "d@x", "T9", 1).append("nick", "a"));
        // documents without the sparse index's field do not collide on it
        members.insertOne(member("dan", "dan@x", "T9", 1));
        members.deleteOne(Filters.eq("_id", "dan"));
        // an update may not take another document's unique value
        assertThatThrownBy(() -> members.updateOne(
                        Filters.eq("_id", "bob"), new Document("$set", new Document("email", "ann@x"))))
                .isInstanceOf(MongoWriteException.class);
        assertThat(members.countDocuments()).isEqualTo(6);
    }

    private static void refused(MongoCollection<Document> members, Document duplicate) {
        assertThatThrownBy(() -> members.insertOne(duplicate))
                .isInstanceOfSatisfying(
                        MongoWriteException.class,
                        e -> assertThat(ErrorCategory.fromErrorCode(e.getError().getCode()))
                                .isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static MongoCollection<Document> members(MongoClient client) {
        return client.getDatabase("atelier").getCollection("members");
    }

    private static void withServer(H2Backend backend, Consumer<MongoClient> use) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            use.accept(client);
        } finally {
            server.shutdownNow();
        }
    }

    private static List<String> mapNames(Path file) {
        MVStore store = MVStore.open(file.toString());
        try {
            return new ArrayList<>(store.getMapNames());
        } finally {
            store.close();
        }
    }

    private static long entries(Path file, String mapName) {
        MVStore store =
                new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            return store.openMap(mapName, EmbeddedH2Database.uniqueIndexMap()).sizeAsLong();
        } finally {
            store.close();
        }
    }
}
