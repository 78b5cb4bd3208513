package dev.atelier.core.community;

import java.util.List;

/**
 * What adapters tell the core when the platform itself changes who moderates (outside any command),
 * and what they need to follow it in the workspaces' permissions.
 */
public interface ModeratorChanges {

    /** Tells nothing and knows no workspace: a core assembled without moderation. */
    ModeratorChanges NONE = new ModeratorChanges() {
        @Override
        public void changed(CommunityRef community, String memberId, boolean moderates) {}

        @Override
        public List<String> workspaces(CommunityRef community) {
            return List.of();
        }
    };

    /** The platform says {@code memberId} moderates {@code community} now, or no longer does. */
    void changed(CommunityRef community, String memberId, boolean moderates);

    /** The channels of the community's running internships' workspaces. */
    List<String> workspaces(CommunityRef community);
}
