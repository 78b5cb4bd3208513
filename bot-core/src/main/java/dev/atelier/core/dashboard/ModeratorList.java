package dev.atelier.core.dashboard;

/** Port: whether the community's own moderator list (kept by {@code moderator add}) has a member. */
public interface ModeratorList {

    boolean lists(String communityId, String memberId);
}
