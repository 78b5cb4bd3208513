package dev.atelier.core.moderation;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.ModeratorChanges;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the platform tells of its own moderators, outside any command: a member given or stripped of a
 * moderating role (on Discord, a role with Manage Server or Administrator, or the configured moderator
 * role). Moderator notices then reach the new moderator and stop reaching the former one; the adapter
 * updates the workspaces' permissions, for which it asks the community's workspace channels.
 */
public final class PlatformModerators implements ModeratorChanges {

    private final ModeratorSightings sightings;
    private final InternshipStore internships;
    private final Clock clock;

    public PlatformModerators(ModeratorSightings sightings, InternshipStore internships, Clock clock) {
        this.sightings = sightings;
        this.internships = internships;
        this.clock = clock;
    }

    @Override
    public void changed(CommunityRef community, String memberId, boolean moderates) {
        if (moderates) {
            sightings.saw(community.id(), memberId, clock.instant());
        } else {
            sightings.forget(community.id(), memberId);
        }
    }

    @Override
    public List<String> workspaces(CommunityRef community) {
        return internships.list(community.id(), InternshipStatus.ACTIVE, ModeratorWorkspaces.MOST_WORKSPACES).stream()
                .map(Internship::workspaceChannelId)
                .filter(Objects::nonNull)
                .toList();
    }
}
