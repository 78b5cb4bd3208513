package dev.atelier.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.workspace.Outbound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * After {@code forget me} and a restart, the bytes of the embedded store's data directory hold
 * neither the member's id nor their name: the old chunks that had them were rewritten, and so were the
 * B-trees' inner pages, which keep a deleted key (a lookup key naming her) as a separator.
 */
class ForgottenMemberLeavesNoBytesTest {

    static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");
    static final String ID = "U0ZELDA42";
    static final String NAME = "Zelda Quux";

    @TempDir
    Path data;

    @BeforeAll
    static void quiet() {
        QuietLogging.apply();
    }

    @Test
    void theDataDirectoryNamesTheMemberUntilSheIsForgottenAndNotAfterARestart() throws IOException {
        withCore(run -> {
            run.apply(new Line(ID, NAME, "profile set timezone:Europe/Paris bio:\"Zelda Quux, self-taught\""));
            run.apply(new Line("mod", "mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40"));
            run.apply(new Line("mod", "mod", "internship start <@" + ID + "> @bob 1"));
            run.apply(new Line(ID, NAME, "log 3 \"Zelda Quux worked on the cart\""));
            run.apply(new Line(ID, NAME, "ask \"Where is the repository? Zelda Quux asks\""));
            run.apply(new Line("bob", "bob", "profile avoid <@" + ID + ">"));
        });
        withCore(run -> {});
        assertThat(occurrences(ID)).as("a restart alone keeps her").isNotEmpty();
        assertThat(occurrences(NAME)).isNotEmpty();

        withCore(run -> {
            Outcome done = run.apply(new Line(ID, NAME, "forget me revoke"));
            assertThat(done.reply().text()).contains("is erased");
        });
        withStore(mongo -> assertThat(documentsNaming(mongo, ID, NAME))
                .as("no stored document names her, in a key or a value")
                .isEmpty());
        withCore(run -> {
            assertThat(run.apply(new Line("bob", "bob", "status")).reply().text())
                    .contains("#1");
        });

        assertThat(occurrences(ID)).isEmpty();
        assertThat(occurrences(NAME)).isEmpty();
        assertThat(occurrences("Zelda Quux worked")).isEmpty();
    }

    record Line(String id, String name, String text) {}

    /** Runs one line as its member; a step that only sets things up may leave the outcome unread. */
    interface Session {
        Outcome apply(Line line);
    }

    /** Starts the embedded store (rewriting its file) and the core on it, runs {@code body}, and stops both. */
    void withCore(Consumer<Session> body) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            AtelierCore.Services core = AtelierCore.assemble(
                    new MongoTemplate(client, "atelier"),
                    new Outbound(List.of(), List.of()),
                    Clock.systemUTC(),
                    AtelierCore.Settings.ephemeral());
            body.accept(line -> core.bot()
                    .run(
                            new Caller(
                                    SHOP,
                                    new Actor(
                                            new Member(line.id(), line.name()),
                                            line.id().equals("mod")),
                                    null),
                            line.text()));
        }
    }

    /** Starts the embedded store alone and hands its database to {@code body}. */
    void withStore(Consumer<MongoTemplate> body) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            body.accept(new MongoTemplate(client, "atelier"));
        }
    }

    /** Every stored document (as JSON, with its collection) that holds one of these texts in a key or value. */
    static List<String> documentsNaming(MongoTemplate mongo, String... texts) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(collection).find()) {
                String json = d.toJson();
                for (String text : texts) {
                    if (json.contains(text)) {
                        found.add(collection + ": " + json);
                    }
                }
            }
        }
        return found;
    }

    /** The files of the data directory that contain {@code text} (UTF-8, as BSON stores strings). */
    List<Path> occurrences(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
