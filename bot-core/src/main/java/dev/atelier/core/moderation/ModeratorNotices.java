package dev.atelier.core.moderation;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells a community's moderators once: one post in the moderators' channel when one is set; otherwise
 * one DM to each moderator (added with {@code moderator add}, seen acting through the platform's rights,
 * or the cohort's creator), falling back to the cohort's channel when a DM cannot be delivered; with no
 * moderator known, one post in the cohort's channel. A moderator who caused the notice is not told about it.
 */
public final class ModeratorNotices {

    private final CommunityStore communities;
    private final CohortStore cohorts;
    private final ModeratorSightings sightings;
    private final ModeratorChannels channels;

    public ModeratorNotices(
            CommunityStore communities, CohortStore cohorts, ModeratorSightings sightings, ModeratorChannels channels) {
        this.communities = communities;
        this.cohorts = cohorts;
        this.sightings = sightings;
        this.channels = channels;
    }

    /**
     * The notifications that tell the moderators {@code message}; {@code cohortName} and {@code actorId}
     * may be null.
     */
    public List<Notification> tell(CommunityRef community, String cohortName, String actorId, Message message) {
        Optional<String> moderatorsChannel = channels.channel(community.id());
        if (moderatorsChannel.isPresent()) {
            return List.of(Notification.to(Destination.channel(moderatorsChannel.get()), message));
        }
        Optional<Cohort> cohort = Optional.ofNullable(cohortName).flatMap(name -> cohorts.find(community.id(), name));
        Destination cohortChannel =
                cohort.map(Cohort::channelId).map(Destination::channel).orElse(null);
        Set<String> moderators = recipients(community, cohort);
        boolean actorModerates = actorId != null && moderators.remove(actorId);
        if (moderators.isEmpty()) {
            return cohortChannel == null || actorModerates
                    ? List.of()
                    : List.of(Notification.to(cohortChannel, message));
        }
        return moderators.stream()
                .map(m -> Notification.to(Destination.direct(m), cohortChannel, message))
                .toList();
    }

    private Set<String> recipients(CommunityRef community, Optional<Cohort> cohort) {
        Set<String> moderators = new TreeSet<>(communities.ensure(community).moderatorIds());
        moderators.addAll(sightings.seen(community.id()));
        cohort.map(Cohort::createdBy).ifPresent(moderators::add);
        return moderators;
    }
}
