package dev.atelier.core.peerhelp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the questions that may still be offered to peers, listed by the hour they were asked in (a
 * question is listed when it is saved waiting, not kept from peers and not offered yet). The round reads
 * the hours whose questions may have waited long enough and loads only those of communities whose delay
 * has passed, so its cost follows the questions waiting this week, not every question stored. A question that
 * cannot be offered now (its community's peer help is off, or it waited long enough but has no channel to go to) is
 * parked under its community instead of being read again every round, and listed again when the community's
 * settings change ({@link #unpark}).
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

    /**
     * Takes these questions off the list and keeps them under their community until {@link #unpark}: what the round
     * cannot offer until a moderator changes the community's peer help.
     */
    void park(Collection<Listed> listed);

    /**
     * Lists again, under their hours, the community's parked questions asked in the hours from {@code fromHour} up to
     * and including {@code toHour}, and forgets the parked ones read (those asked before {@code fromHour} are not
     * listed again).
     */
    void unpark(String communityId, Instant fromHour, Instant toHour);

    /** Forgets the hours before {@code hour}, parked questions included (nothing asked then is offered any more). */
    void forgetBefore(Instant hour);
}
