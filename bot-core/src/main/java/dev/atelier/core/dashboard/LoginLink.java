package dev.atelier.core.dashboard;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import java.time.Instant;

/**
 * What a login link grants: the moderator, their community, how they were a moderator when they
 * asked (which decides how the dashboard checks it again), and until when the link may be used.
 */
public record LoginLink(
        CommunityRef community, Member moderator, ModeratorGrant grant, Instant issuedAt, Instant expiresAt) {

    /** Why the member was a moderator: the platform said so (role, admin), or the community's own list has them. */
    public enum ModeratorGrant {
        PLATFORM,
        COMMUNITY_LIST
    }
}
