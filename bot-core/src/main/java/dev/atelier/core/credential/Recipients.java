package dev.atelier.core.credential;

/** Port: each member's {@link Recipient} per community, created on first use and never changed after (but the name choice). */
public interface Recipients {

    /** The member's recipient in this community, created (with a random subject id and salt) when missing. */
    Recipient of(String communityId, String memberId);

    /** Whether the member's future credentials show their name in clear. */
    void showName(String communityId, String memberId, boolean show);
}
