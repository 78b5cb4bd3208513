package dev.atelier.app.benchmark;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.app.storage.EmbeddedMongoServer;
import java.nio.file.Path;

/** The embedded store a benchmark runs on: the application's durable H2 file store (with or without fsync) or memory. */
final class Store implements AutoCloseable {

    private final String connection;
    private final Runnable close;

    private Store(String connection, Runnable close) {
        this.connection = connection;
        this.close = close;
    }

    static Store start(String backend, Path directory) {
        return switch (backend) {
            case "h2", "h2-fsync" -> {
                EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, 0, backend.equals("h2-fsync"));
                yield new Store(server.getConnectionString(), server::close);
            }
            case "memory" -> {
                MongoServer server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                yield new Store(server.getConnectionString(), server::shutdownNow);
            }
            default -> throw new IllegalArgumentException("backend is h2, h2-fsync or memory, not " + backend);
        };
    }

    String connection() {
        return connection;
    }

    @Override
    public void close() {
        close.run();
    }
}
