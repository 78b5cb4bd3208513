package dev.atelier.core.peerhelp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the questions that may still be offered to peers, listed by the hour they were asked in (a
 * question is listed when it is saved waiting, not kept from peers and not offered yet). The round reads
 * the hours whose questions may have waited long enough and loads only those of communities whose delay
 * has passed, so its cost follows the questions waiting this week, not every question stored.
 */
public interface PeerHelpQueue {

    /** One listed question: its community, number, cohort (may be null) and the hour it was asked in. */
    record Listed(String communityId, long number, String cohortName, Instant hour) {}

    /**
     * Hands the questions listed for the hours from {@code fromHour} up to and including {@code toHour} to {@code
     * page}, oldest hour first, a bounded page at a time: a busy week's list is never in memory whole.
     */
    void forEachPage(Instant fromHour, Instant toHour, Consumer<List<Listed>> page);

    /** Takes these questions off the list: offered, answered, kept from peers or too old. */
    void drop(Collection<Listed> listed);

    /** Forgets the hours before {@code hour} (nothing asked then is offered any more). */
    void forgetBefore(Instant hour);
}
