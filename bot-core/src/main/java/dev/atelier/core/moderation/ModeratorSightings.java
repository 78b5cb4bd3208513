package dev.atelier.core.moderation;

import java.time.Instant;
import java.util.Set;

/**
 * Port: members the platform said were moderators when they ran a command. Kept only so that moderator
 * notices reach them; being on it grants no right (rights come from the platform and {@code moderator add}).
 */
public interface ModeratorSightings {

    /** Remembers that {@code memberId} acted as a platform moderator; cheap when already known. */
    void saw(String communityId, String memberId, Instant at);

    /** The platform says {@code memberId} no longer moderates: moderator notices stop reaching them. */
    void forget(String communityId, String memberId);

    /** Everyone seen acting as a moderator of the community. */
    Set<String> seen(String communityId);
}
