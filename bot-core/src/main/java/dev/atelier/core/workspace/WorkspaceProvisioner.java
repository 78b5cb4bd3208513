package dev.atelier.core.workspace;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;

/**
 * Outbound port: creates the private place of one internship (Discord: a private channel visible
 * to the pair and the moderators; Slack: a private channel with the pair invited).
 */
public interface WorkspaceProvisioner {

    Platform platform();

    /**
     * Creates the channel the request describes.
     *
     * @return the platform id of the new channel
     * @throws WorkspaceUnavailableException when the platform refuses (missing permission, limits)
     */
    String create(CommunityRef community, WorkspaceRequest request);

    /**
     * A member became a community moderator ({@code moderator} true) or stopped being one: they now see,
     * or no longer see, these existing workspaces. Platforms whose workspaces are opened by invitation
     * (Slack) have nothing to change.
     */
    default void moderatorChanged(
            CommunityRef community, java.util.List<String> workspaceChannelIds, String memberId, boolean moderator) {}
}
