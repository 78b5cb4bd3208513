package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.bson.Document;

/**
 * The heads of due-work buckets ({@code due_buckets}): a bucket holds the items of one due minute and one
 * shard (by the key's hash), so a burst due in one minute is claimed in {@link #SHARDS} pieces by as many
 * claimers, and the heads stay few: at most one per shard for each minute that has pending items.
 */
final class DueBuckets {

    static final String HEADS = "due_buckets";
    static final int SHARDS = 16;

    private DueBuckets() {}

    /** The bucket of an item: its due minute and its key's shard, in an id that sorts by minute. */
    static String of(String key, Instant dueAt) {
        return id(Math.floorDiv(dueAt.getEpochSecond(), 60), Math.floorMod(key.hashCode(), SHARDS));
    }

    /** The bucket of a minute (since the epoch) and shard. */
    static String id(long minute, int shard) {
        return String.format("%012d#%02d", minute, shard);
    }

    /** The minute of a bucket id. */
    static long minuteOf(String bucket) {
        return Long.parseLong(bucket.substring(0, bucket.indexOf('#')));
    }

    static List<String> segmentIds(Document head) {
        List<String> ids = head.getList("segments", String.class);
        return ids == null ? List.of() : ids;
    }
}
