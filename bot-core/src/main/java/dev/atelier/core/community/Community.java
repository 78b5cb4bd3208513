package dev.atelier.core.community;

import java.util.Set;

/** A community and the members it made moderators (on top of those the platform says are). */
public record Community(CommunityRef ref, Set<String> moderatorIds) {

    public Community {
        moderatorIds = Set.copyOf(moderatorIds);
    }

    public String id() {
        return ref.id();
    }
}
