package dev.atelier.core.store;

import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Profiles, one document per member and community ({@code _id} {@code communityId/memberId}), saved
 * under optimistic locking: the conditional replace on {@code _id} and version is served by a unique
 * index (the embedded server would scan for it otherwise).
 */
final class MongoProfileStore implements ProfileStore {

    private final MongoTemplate mongo;

    MongoProfileStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, ProfileDocument.class).on("communityId").unique("profile_version", "_id", "version");
    }

    @Override
    public Optional<Profile> find(String communityId, String memberId) {
        return Optional.ofNullable(mongo.findById(ProfileMapper.id(communityId, memberId), ProfileDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(ProfileMapper::toProfile);
    }

    @Override
    public Profile save(Profile p) {
        try {
            return ProfileMapper.toProfile(mongo.save(ProfileMapper.toDocument(p)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("profile of " + p.member().id() + " changed meanwhile", e);
        }
    }

    @Override
    public List<Profile> findAll(String communityId, List<String> memberIds) {
        List<String> ids =
                memberIds.stream().map(m -> ProfileMapper.id(communityId, m)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        return mongo.find(query, ProfileDocument.class).stream()
                .filter(d -> d.communityId().equals(communityId))
                .map(ProfileMapper::toProfile)
                .toList();
    }
}
