package dev.atelier.core.store;

import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return Optional.ofNullable(mongo.findById(id(communityId, memberId), ProfileDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoProfileStore::toProfile);
    }

    @Override
    public Profile save(Profile p) {
        try {
            return toProfile(mongo.save(toDocument(p)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("profile of " + p.member().id() + " changed meanwhile", e);
        }
    }

    @Override
    public List<Profile> findAll(String communityId, List<String> memberIds) {
        List<String> ids = memberIds.stream().map(m -> id(communityId, m)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        return mongo.find(query, ProfileDocument.class).stream()
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoProfileStore::toProfile)
                .toList();
    }

    private static String id(String communityId, String memberId) {
        return communityId + "/" + memberId;
    }

    private static ProfileDocument toDocument(Profile p) {
        List<ProfileDocument.Skill> skills = p.skills().entrySet().stream()
                .map(e -> new ProfileDocument.Skill(e.getKey(), e.getValue()))
                .toList();
        return new ProfileDocument(
                id(p.communityId(), p.member().id()),
                p.version(),
                p.communityId(),
                p.member(),
                skills,
                p.learning(),
                p.career(),
                p.timezone(),
                p.fromHour(),
                p.toHour(),
                p.weeklyHours(),
                p.bio(),
                p.expertise(),
                p.capacity(),
                p.pausedUntil(),
                p.avoid());
    }

    private static Profile toProfile(ProfileDocument d) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (d.skills() != null) {
            d.skills().forEach(s -> skills.put(s.name(), s.level()));
        }
        return new Profile(
                d.communityId(),
                d.member(),
                skills,
                orEmpty(d.learning()),
                d.career(),
                d.timezone(),
                d.fromHour(),
                d.toHour(),
                d.weeklyHours(),
                d.bio(),
                orEmpty(d.expertise()),
                d.capacity(),
                d.pausedUntil(),
                orEmpty(d.avoid()),
                d.version());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
