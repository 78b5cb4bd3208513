package dev.atelier.core.community;

/** Port: communities and their moderator lists. */
public interface CommunityStore {

    /** Creates the community the first time it is seen (or renames it), and returns it. */
    Community ensure(CommunityRef ref);

    /** Returns false when the member already was a moderator. */
    boolean addModerator(String communityId, String memberId);

    /** Returns false when the member was not a moderator. */
    boolean removeModerator(String communityId, String memberId);
}
