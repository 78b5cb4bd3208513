package dev.atelier.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the embedded store's file before it is opened, so that what was erased (a forgotten
 * member) is gone from the disk and not only from the live data: an MVStore keeps
 * old chunks in the file until their space happens to be reused.
 * <p>
 * The live entries are copied, one by one, into a new file, which is forced to the device and renamed
 * to {@code <file>.rewritten}: from then on a complete copy exists. Entry by entry, not page by page
 * (H2's {@code MVStore.compact} copies the B-trees' pages as they are): an inner page of a B-tree keeps
 * a deleted key as the separator between its children, so a page copy would carry an erased key (such
 * as a lookup key naming a forgotten member) into the new file; a tree rebuilt from its live entries
 * only has live keys. The old file's
 * bytes are then overwritten with zeros and forced to the device, and the copy is moved over it
 * atomically. A crash at any step leaves either the old file intact (and an unfinished copy, which is
 * deleted and made again) or a complete copy, which the next start finishes installing. A file another
 * store holds open (its lock is taken) is left alone. A file nothing was erased from since its last
 * rewrite ({@link #clean}) is left as it is: the rewrite reads and writes every record, which would make
 * every start as slow as the store is large.
 */
final class StoreFileRewrite {

    private static final Logger log = LoggerFactory.getLogger(StoreFileRewrite.class);
    private static final int ZEROS = 1 << 16;
    /** Entries copied between commits of the new file, which bounds what the copy holds in memory. */
    private static final int COMMIT_EVERY = 10_000;

    private StoreFileRewrite() {}

    static void rewrite(Path file) {
        Path copying = sibling(file, ".copying");
        Path rewritten = sibling(file, ".rewritten");
        Path clean = clean(file);
        try {
            if (Files.exists(file) && !free(file)) {
                return; // another store has it open: leave everything alone, opening it will fail clearly
            }
            Files.deleteIfExists(copying);
            if (!Files.exists(rewritten)) {
                if (!Files.exists(file) || Files.size(file) == 0) {
                    markClean(clean);
                    return;
                }
                if (Files.exists(clean)) {
                    return; // nothing was erased since the last rewrite: the copy would hold the same data
                }
                copyLiveEntries(file, copying);
                force(copying);
                Files.move(copying, rewritten, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(file) && !zeroFillLocked(file)) {
                return; // opened meanwhile by another store: the complete copy is installed on the next start
            }
            Files.move(rewritten, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            markClean(clean);
            log.info("Embedded store rewritten: old copies of erased data are gone from {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rewrite the embedded store " + file, e);
        }
    }

    /**
     * The marker {@code <file>.clean}: present while nothing was erased since the file was last rewritten
     * (or created). {@link DurableH2Backend} removes it before it runs a write that ends a member's
     * erasure, so only a start after such a write pays for a rewrite, which reads and
     * writes every stored record; other starts open the file as it is.
     */
    static Path clean(Path file) {
        return sibling(file, ".clean");
    }

    /** Removes the marker, durably (the directory entry is forced), so the next start rewrites the file. */
    static void markErased(Path file) {
        Path clean = clean(file);
        try {
            if (Files.deleteIfExists(clean)) {
                forceDirectory(clean.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not mark the embedded store for a rewrite: " + clean, e);
        }
    }

    private static void markClean(Path clean) throws IOException {
        if (!Files.exists(clean)) {
            Files.createFile(clean);
            forceDirectory(clean.toAbsolutePath().getParent());
        }
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Whether no store (in this process or another) has the file open: it takes the lock an open store holds. */
    private static boolean free(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** Zeroes the file under an exclusive lock; false when another store holds it. */
    private static boolean zeroFillLocked(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(ZEROS);
            for (long at = 0; at < size; at += ZEROS) {
                zeros.clear().limit((int) Math.min(ZEROS, size - at));
                while (zeros.hasRemaining()) {
                    channel.write(zeros, at + zeros.position());
                }
            }
            channel.force(true);
            return true;
        }
    }

    /** Copies every map's live entries from {@code source} into a new store file {@code target}. */
    private static void copyLiveEntries(Path source, Path target) {
        try (MVStore from = new MVStore.Builder()
                        .fileName(source.toString())
                        .readOnly()
                        .open();
                MVStore to = new MVStore.Builder()
                        .fileName(target.toString())
                        .autoCommitDisabled()
                        .open()) {
            long copied = 0;
            for (String name : from.getMapNames()) {
                // documents and unique indexes' keys are written in their own forms: each map with its types
                if (EmbeddedH2Database.isUniqueIndexMap(name)) {
                    copied = copy(
                            from.openMap(name, EmbeddedH2Database.uniqueIndexMap()),
                            to.openMap(name, EmbeddedH2Database.uniqueIndexMap()),
                            to,
                            copied);
                } else if (EmbeddedH2Database.isDocumentMap(name)) {
                    copied = copy(
                            from.openMap(name, EmbeddedH2Database.documentMap()),
                            to.openMap(name, EmbeddedH2Database.documentMap()),
                            to,
                            copied);
                } else {
                    copied = copy(from.openMap(name), to.openMap(name), to, copied);
                }
            }
            to.commit();
        }
    }

    /** Copies one map's entries, committing every {@link #COMMIT_EVERY} entries of the whole copy; returns the new count. */
    private static <K, V> long copy(MVMap<K, V> source, MVMap<K, V> target, MVStore to, long copiedBefore) {
        long copied = copiedBefore;
        for (Map.Entry<K, V> entry : source.entrySet()) {
            target.put(entry.getKey(), entry.getValue());
            if (++copied % COMMIT_EVERY == 0) {
                to.commit();
            }
        }
        return copied;
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
