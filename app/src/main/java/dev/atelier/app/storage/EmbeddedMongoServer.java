package dev.atelier.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire server on 127.0.0.1 backed by a {@link DurableH2Backend} file in a directory.
 * Start it with {@link #start}, connect with {@link #getConnectionString()}, and {@link #close()}
 * it to commit, sync and release the file.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    /** Name of the store file inside the data directory. */
    public static final String STORE_FILE_NAME = "atelier.mv.db";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final String HOST = "127.0.0.1";
    private static final long COMPACTION_PERIOD_SECONDS = 60;

    private final Path storeFile;
    private final DurableH2Backend backend;
    private final MongoServer server;
    private final String connectionString;
    private final ScheduledExecutorService housekeeping;
    private final AtomicBoolean closed = new AtomicBoolean();

    @SuppressWarnings("FutureReturnValueIgnored") // compactSome logs its own failures; close() ends the schedule
    private EmbeddedMongoServer(Path storeFile, DurableH2Backend backend, MongoServer server) {
        this.storeFile = storeFile;
        this.backend = backend;
        this.server = server;
        this.connectionString = server.getConnectionString();
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-store-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(
                backend::compactSome, COMPACTION_PERIOD_SECONDS, COMPACTION_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Creates the directory if needed, rewrites the store file so that nothing erased before the last
     * stop is left in it (see {@link StoreFileRewrite}), opens the store in it and starts listening.
     *
     * @param directory where the data lives
     * @param port      the TCP port on 127.0.0.1, or 0 for a free one
     * @param fsync     whether each write is also forced to the device
     */
    public static EmbeddedMongoServer start(Path directory, int port, boolean fsync) {
        Path storeFile = createDirectory(directory).resolve(STORE_FILE_NAME);
        StoreFileRewrite.rewrite(storeFile);
        DurableH2Backend backend = openBackend(storeFile, fsync);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException(
                    "Could not listen on " + HOST + ":" + port + " for the embedded MongoDB store: " + e.getMessage(),
                    e);
        }
        EmbeddedMongoServer started = new EmbeddedMongoServer(storeFile, backend, server);
        log.info(
                "Embedded MongoDB store: data in {} (fsync per write: {}), listening on {}",
                storeFile,
                fsync,
                started.connectionString);
        return started;
    }

    private static Path createDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            return Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + absolute, e);
        }
    }

    private static DurableH2Backend openBackend(Path storeFile, boolean fsync) {
        try {
            return DurableH2Backend.open(storeFile, fsync);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Could not open the embedded store " + storeFile + " (is another process using it?): "
                            + e.getMessage(),
                    e);
        }
    }

    /** For example {@code mongodb://127.0.0.1:27123}, without a database name. */
    public String getConnectionString() {
        return connectionString;
    }

    public int getPort() {
        return server.getLocalAddress() == null ? -1 : server.getLocalAddress().getPort();
    }

    public Path getStoreFile() {
        return storeFile;
    }

    public boolean isFsync() {
        return backend.isFsync();
    }

    /** Disconnects clients, then commits, syncs and closes the store. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // no interrupt: an interrupted thread in FileChannel I/O closes the channel under the store
        housekeeping.shutdown();
        try {
            awaitHousekeeping();
            server.shutdownNow();
        } finally {
            backend.close();
        }
        log.info("Embedded MongoDB store closed: {}", storeFile);
    }

    private void awaitHousekeeping() {
        try {
            housekeeping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
