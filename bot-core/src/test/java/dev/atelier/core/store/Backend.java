package dev.atelier.core.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.testing.RecordingPlatform;
import dev.atelier.core.workspace.Outbound;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One of the embedded server's backends (in memory, or the H2 file the app runs on) behind the real
 * driver, recording the filter of every query and update the stores send (an aggregate as a filter
 * on {@code $aggregate}).
 */
final class Backend implements AutoCloseable {

    /** The {@code @MethodSource} of a store test parameterized by {@link #backends()}. */
    static final String BOTH = "dev.atelier.core.store.Backend#backends";

    /** The two backends, as a parameter source ({@link #BOTH}). */
    static Stream<Function<Path, Backend>> backends() {
        return both().stream();
    }

    /** The two backends store tests run on; the H2 one keeps its file in the given folder. */
    static List<Function<Path, Backend>> both() {
        return List.of(
                dir -> new Backend(new MemoryBackend()),
                dir -> new Backend(new H2Backend(dir.resolve("store.mv.db").toString())));
    }

    private final MongoServer server;
    private final MongoClient client;
    private final List<BsonDocument> filters = new CopyOnWriteArrayList<>();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<BsonDocument> deletes = new CopyOnWriteArrayList<>();
    private final List<Consumer<BsonDocument>> beforeCommands = new CopyOnWriteArrayList<>();

    Backend(MongoBackend backend) {
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument command = copy(event.getCommand());
                beforeCommands.forEach(c -> c.accept(command));
                String target = command.isString(event.getCommandName())
                        ? command.getString(event.getCommandName()).getValue()
                        : "";
                int before = filters.size();
                if (command.containsKey("filter")) {
                    filters.add(command.getDocument("filter"));
                }
                if (command.containsKey("pipeline")) {
                    // an aggregate (also what count and exists send): the embedded server reads every document
                    filters.add(new BsonDocument("$aggregate", command.getArray("pipeline")));
                }
                if (command.containsKey("query") && command.get("query").isDocument()) {
                    filters.add(command.getDocument("query"));
                }
                if (command.containsKey("updates")) {
                    command.getArray("updates")
                            .forEach(u -> filters.add(u.asDocument().getDocument("q")));
                }
                for (int i = before; i < filters.size(); i++) {
                    targets.add(target);
                }
                if (command.containsKey("deletes")) {
                    command.getArray("deletes")
                            .forEach(d -> deletes.add(d.asDocument().getDocument("q")));
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .addCommandListener(listener)
                .build());
    }

    /** The event's documents live only as long as the event: keep a decoded copy. */
    private static BsonDocument copy(BsonDocument view) {
        return BsonDocument.parse(view.toJson());
    }

    /** The whole core on this backend, speaking through {@code platform} on {@code clock}. */
    AtelierCore.Services core(Clock clock, RecordingPlatform platform) {
        return AtelierCore.assemble(
                mongo(), new Outbound(List.of(platform), List.of(platform)), clock, AtelierCore.Settings.ephemeral());
    }

    MongoTemplate mongo() {
        return new MongoTemplate(client, "atelier");
    }

    /**
     * Hands every command the stores send to {@code what} before the server gets it, so that a test can
     * have another writer come first at a precise moment.
     */
    void beforeEachCommand(Consumer<BsonDocument> what) {
        beforeCommands.add(what);
    }

    /** Forgets the filters sent so far. */
    void clearFilters() {
        filters.clear();
        targets.clear();
        deletes.clear();
    }

    /** The filters of the queries and updates sent since the last {@link #clearFilters()}. */
    List<BsonDocument> filters() {
        return List.copyOf(filters);
    }

    /** The filters of the deletes sent since the last {@link #clearFilters()}. */
    List<BsonDocument> deletes() {
        return List.copyOf(deletes);
    }

    /** The collection each of {@link #filters()} was sent to, in the same order. */
    List<String> targets() {
        return List.copyOf(targets);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
