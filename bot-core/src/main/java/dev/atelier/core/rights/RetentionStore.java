package dev.atelier.core.rights;

import java.time.Instant;

/** Port: deletes what aged out of a community's retention. */
public interface RetentionStore {

    /**
     * Deletes, in every community, what is older than its cutoff: done due items due before it, counted message
     * ids seen before it, references of living messages last kept before it (such a card is posted anew if it ever
     * changes again), and the check-in answers, check-ins and message counts of internships that ended before
     * it; and login and data links expired at {@code now}. One pass over each kind of record whatever the number of
     * communities, reading only what aged out, a bounded page at a time.
     */
    Purged purgeAll(Cutoffs cutoffs, Instant now);

    /** When the last whole pass ({@link #purgeAll}) finished, if one ever did. */
    java.util.Optional<Instant> lastPass();

    /** Remembers that a whole pass finished at {@code at} (shared by every instance on the store). */
    void passed(Instant at);

    /** How many records of each kind went. */
    record Purged(
            long dueItems, long seenMessages, long links, long checkinAnswers, long messageCounts, long messageRefs) {

        public static final Purged NOTHING = new Purged(0, 0, 0, 0, 0, 0);

        public Purged(long dueItems, long seenMessages, long links, long checkinAnswers, long messageCounts) {
            this(dueItems, seenMessages, links, checkinAnswers, messageCounts, 0);
        }

        public Purged plus(Purged other) {
            return new Purged(
                    dueItems + other.dueItems,
                    seenMessages + other.seenMessages,
                    links + other.links,
                    checkinAnswers + other.checkinAnswers,
                    messageCounts + other.messageCounts,
                    messageRefs + other.messageRefs);
        }

        public long total() {
            return dueItems + seenMessages + links + checkinAnswers + messageCounts + messageRefs;
        }
    }
}
