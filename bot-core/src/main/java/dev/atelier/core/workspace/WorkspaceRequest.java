package dev.atelier.core.workspace;

import dev.atelier.core.community.Member;
import java.util.List;

/**
 * What a workspace needs: a channel name (lowercase, dashes, at most 80 characters), a topic,
 * the pair, the community's moderators, and the cohort's channel (may be null).
 */
public record WorkspaceRequest(
        String name, String topic, Member intern, Member mentor, List<String> moderatorIds, String cohortChannelId) {

    public WorkspaceRequest {
        moderatorIds = List.copyOf(moderatorIds);
    }
}
