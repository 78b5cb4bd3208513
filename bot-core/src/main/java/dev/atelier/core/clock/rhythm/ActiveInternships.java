package dev.atelier.core.clock.rhythm;

import dev.atelier.core.community.CommunityRef;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Port: the clock's reads across communities. Nothing a member asks for goes through it, and nothing
 * periodic reads every internship: only a store's first clock round lists its active internships, once.
 */
public interface ActiveInternships {

    /**
     * Once per store (remembered as {@code name}): every active internship of every community, by number.
     * Does nothing when it ran before; a round that stops half-way lists them all again.
     */
    void forEachOnce(String name, BiConsumer<CommunityRef, Long> visit);

    /**
     * The community's active internships, by number: read when a moderator changes its rhythm (rare), served by
     * the {@code (communityId, status)} index on MongoDB.
     */
    void forEachActive(String communityId, LongConsumer visit);

    /** The stored community (with its name) of this id, if it exists. */
    Optional<CommunityRef> community(String communityId);
}
