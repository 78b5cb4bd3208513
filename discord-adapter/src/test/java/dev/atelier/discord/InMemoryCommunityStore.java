package dev.atelier.discord;

import dev.atelier.core.community.Community;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.CommunityStore;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Communities in a map, for tests that need a real {@code AtelierBot} without a database. */
final class InMemoryCommunityStore implements CommunityStore {

    private final Map<String, CommunityRef> refs = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> moderators = new ConcurrentHashMap<>();

    @Override
    public Community ensure(CommunityRef ref) {
        refs.put(ref.id(), ref);
        return new Community(ref, moderators.getOrDefault(ref.id(), Set.of()));
    }

    @Override
    public boolean addModerator(String communityId, String memberId) {
        return moderators.computeIfAbsent(communityId, k -> new HashSet<>()).add(memberId);
    }

    @Override
    public boolean removeModerator(String communityId, String memberId) {
        return moderators.getOrDefault(communityId, new HashSet<>()).remove(memberId);
    }
}
