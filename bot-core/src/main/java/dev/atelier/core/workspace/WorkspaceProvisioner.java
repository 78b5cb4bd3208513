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
}
