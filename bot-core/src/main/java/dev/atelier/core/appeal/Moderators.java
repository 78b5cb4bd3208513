package dev.atelier.core.appeal;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who hears about an internship's appeals: a DM to each moderator the community added and to the cohort's
 * creator, falling back to the cohort channel; with nobody to DM, a post in the cohort channel. Never the
 * mentor (unless they moderate).
 */
final class Moderators {

    private final CommunityStore communities;
    private final CohortStore cohorts;

    Moderators(CommunityStore communities, CohortStore cohorts) {
        this.communities = communities;
        this.cohorts = cohorts;
    }

    List<Notification> tell(CommunityRef community, Internship i, Message message) {
        Optional<Cohort> cohort =
                Optional.ofNullable(i.data().cohortName()).flatMap(n -> cohorts.find(community.id(), n));
        Set<String> moderators = new TreeSet<>(communities.ensure(community).moderatorIds());
        cohort.map(Cohort::createdBy).ifPresent(moderators::add);
        Destination channel =
                cohort.map(Cohort::channelId).map(Destination::channel).orElse(null);
        if (moderators.isEmpty()) {
            return channel == null ? List.of() : List.of(Notification.to(channel, message));
        }
        return moderators.stream()
                .map(m -> Notification.to(Destination.direct(m), channel, message))
                .toList();
    }
}
