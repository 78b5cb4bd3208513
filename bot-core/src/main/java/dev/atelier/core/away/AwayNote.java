package dev.atelier.core.away;

/** Port: a short note to show next to a member's name while they are away, or an empty string. */
@FunctionalInterface
public interface AwayNote {

    AwayNote NONE = (communityId, memberId) -> "";

    /** {@code " · 🏖️ away until 2026-12-10"}, or {@code ""} when the member is not away now. */
    String suffix(String communityId, String memberId);
}
