package dev.atelier.app.dashboard;

import dev.atelier.core.dashboard.LoginLink.ModeratorGrant;
import java.io.Serializable;
import java.time.Instant;

/**
 * The signed-in moderator, kept in the HTTP session: their community (the only one every read is
 * scoped to), who they are, how they were a moderator, and when the session ends at the latest.
 * {@code chosenZone} is the time zone they picked on the page (null: none picked).
 */
record Viewer(
        String communityId,
        String communityName,
        String memberId,
        String memberName,
        ModeratorGrant grant,
        Instant expiresAt,
        String chosenZone)
        implements Serializable {

    static final String SESSION_KEY = "atelier.dashboard.viewer";

    Viewer withZone(String zone) {
        return new Viewer(communityId, communityName, memberId, memberName, grant, expiresAt, zone);
    }
}
