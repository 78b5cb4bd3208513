package dev.atelier.app.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link H2Backend} that makes every state-changing command durable before it is answered.
 * <p>
 * The stock backend leaves committing to the MVStore's background thread (once a second), so a
 * crash loses every write acknowledged since the last commit. Here, after each command that may
 * change state (see {@link StateChangingCommands}) has run, and before its reply goes back to the
 * client, the MVStore is committed: the new chunk is written to the file, which survives a crash
 * of the JVM. With {@code fsync}, the file is also forced to the device, which survives a crash
 * of the operating system or a power loss.
 * <p>
 * The store is opened with auto-commit disabled. This is a correctness requirement, not a tuning
 * choice: with auto-commit on, the background thread's commits serialize and write on executor
 * threads after releasing the store lock, so an explicit {@code commit()} that finds nothing left
 * to commit could return before an earlier background write reached the file. With auto-commit
 * off there are no executors: every store runs synchronously under the store lock, so when
 * {@code commit()} returns, every change made before the call is in the file. Concurrent commands
 * are safe: their commits serialize on that lock, and a command whose changes were written by
 * another thread's commit finds nothing left to commit.
 */
public class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** Chunks less full than this are rewritten by {@link #compactSome()}. */
    static final int TARGET_FILL_RATE = 60;
    /** Upper bound of live data moved by one {@link #compactSome()} call. */
    static final int COMPACTION_WRITE_LIMIT = 4 << 20;
    /**
     * Time allowed to compact the file when the store is closed: none. H2 2.4.240's close-time
     * compaction moves chunks around the file ({@code RandomAccessStore.compactMoveChunks}), and its
     * {@code moveChunkInside} accepts a place that starts before the boundary it must stay under but
     * ends beyond it, in space that chunks moved a moment earlier can have just left while the metadata
     * last forced to the disk still points at them. With assertions on, H2 trips over its own check
     * ({@code AssertionError} in {@code FreeSpaceBitSet.allocate}; it failed 19 of 30 closes after the
     * due-work test's writes); with assertions off, as in production, the chunk is written there, and
     * a crash before the next metadata write leaves a file whose last good state points at overwritten
     * chunks. Fixed upstream after 2.4.240 (h2database commits 8492b8c and 98b5bd5, December 2025, not
     * in a release yet). What not moving chunks costs: the file does not shrink when the store closes; it
     * stays near its largest size, and its free space is reused, since {@link #compactSome()} rewrites
     * sparse chunks at run time (it never moves chunks); a start after an erasure rebuilds the file from
     * its live entries ({@link StoreFileRewrite}).
     */
    static final int COMPACTION_ON_CLOSE_MILLIS = 0;

    /**
     * A write to this collection ends a member's erasure (it is logged there): the file is then rewritten
     * at the next start (see {@link StoreFileRewrite#clean}). Records a retention pass deleted are gone
     * from the live data; their old copies are overwritten as compaction reuses the space.
     */
    static final java.util.Set<String> ERASING = java.util.Set.of("erasure_log");
    /** The commands that write documents (index creation at every start is not an erasure). */
    private static final java.util.Set<String> WRITES = java.util.Set.of("insert", "update", "delete", "findandmodify");

    private final MVStore store;
    private final boolean fsync;
    /** The store file, for its rewrite marker (null for a store without one). */
    private final Path erasedFile;

    private final AtomicBoolean closed = new AtomicBoolean();
    /** Commits that have returned, counted; {@link #synced} is how many of them the last sync covered. */
    private final AtomicLong commits = new AtomicLong();

    private final Object syncLock = new Object();
    private long synced;

    /**
     * Opens (or creates) the store file and the backend on it.
     *
     * @param file  the MVStore file; its directory must exist
     * @param fsync whether each write is also forced to the device
     */
    public static DurableH2Backend open(Path file, boolean fsync) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitDisabled()
                .open();
        try {
            return new DurableH2Backend(store, fsync);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    /**
     * @param store a file-based MVStore opened with {@code autoCommitDisabled()}
     * @param fsync whether each write is also forced to the device
     */
    public DurableH2Backend(MVStore store, boolean fsync) {
        super(requireSynchronousStore(store));
        this.store = store;
        this.fsync = fsync;
        String name = store.getFileStore() == null ? null : store.getFileStore().getFileName();
        this.erasedFile = name == null ? null : Path.of(name);
    }

    private static MVStore requireSynchronousStore(MVStore store) {
        if (!store.isPersistent()) {
            throw new IllegalArgumentException("the store must be file-based");
        }
        if (store.getAutoCommitDelay() != 0) {
            throw new IllegalArgumentException("the store must be opened with autoCommitDisabled():"
                    + " background commits write asynchronously and would break durability");
        }
        return store;
    }

    public boolean isFsync() {
        return fsync;
    }

    /** Opens databases that do not stream whole collections for the indexes they ignore (see {@link EmbeddedH2Database}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new EmbeddedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Every command of a current driver arrives as an OP_MSG message, so this is where writes are
     * made durable. (Commands sent the legacy way, OP_QUERY on {@code $cmd}, reach
     * {@code handleCommand(Channel, ...)} directly; overriding that needs Netty on the compile
     * class path, which this module does not have: drivers from 3.6 on do not use that path.)
     */
    @Override
    public Document handleMessage(MongoMessage message) {
        Document query = message.getDocument();
        String command = query.keySet().iterator().next();
        if (!StateChangingCommands.changesState(command, query)) {
            return super.handleMessage(message);
        }
        if (erasedFile != null
                && WRITES.contains(command.toLowerCase(java.util.Locale.ROOT))
                && query.get(command) instanceof String collection
                && ERASING.contains(collection)) {
            // before the write: a crash after it must still leave the next start to rewrite the file
            StoreFileRewrite.markErased(erasedFile);
        }
        Document reply;
        try {
            reply = super.handleMessage(message);
        } catch (RuntimeException failure) {
            // a failed command may still have changed something (an ordered batch stopped halfway)
            makeDurable(command, failure);
            throw failure;
        }
        makeDurable(command, null);
        return reply;
    }

    private void makeDurable(String command, RuntimeException earlierFailure) {
        try {
            store.commit();
            long mine = commits.incrementAndGet();
            if (fsync) {
                syncCovering(mine);
            }
        } catch (RuntimeException e) {
            log.error("Could not make '{}' durable", command, e);
            if (earlierFailure != null) {
                earlierFailure.addSuppressed(e);
                return;
            }
            throw new MongoServerException("the write could not be made durable: " + e.getMessage(), e);
        }
    }

    /**
     * Group commit: forces the file unless a sync that started after commit number {@code mine}
     * returned already covers it. Every commit counted before a sync starts has written its chunk
     * to the file, so one force covers all of them; concurrent writers share one fsync instead of
     * queueing for one each.
     */
    private void syncCovering(long mine) {
        synchronized (syncLock) {
            if (synced >= mine) {
                return;
            }
            long upTo = commits.get();
            store.sync();
            synced = upTo;
        }
    }

    /**
     * Rewrites some sparsely filled chunks so that their space can be reused, the housekeeping the
     * MVStore background thread would do if auto-commit were on, then commits the result. Meant to
     * be called periodically; safe to run concurrently with commands.
     *
     * @return whether anything was rewritten
     */
    public boolean compactSome() {
        if (closed.get()) {
            return false;
        }
        try {
            if (store.compact(TARGET_FILL_RATE, COMPACTION_WRITE_LIMIT)) {
                makeDurable("compaction", null);
                return true;
            }
        } catch (RuntimeException e) {
            if (!closed.get()) {
                log.warn("Compaction of the embedded store failed; will retry", e);
            }
        }
        return false;
    }

    /**
     * Commits and forces everything to the device, then closes the store without moving chunks (see
     * {@link #COMPACTION_ON_CLOSE_MILLIS}). Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!store.isClosed()) {
                store.commit();
                store.sync();
                store.close(COMPACTION_ON_CLOSE_MILLIS);
            }
        } finally {
            super.close();
        }
    }
}
