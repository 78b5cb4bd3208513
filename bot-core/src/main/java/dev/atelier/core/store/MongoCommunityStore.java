package dev.atelier.core.store;

import dev.atelier.core.community.Community;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.CommunityStore;
import java.time.Clock;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Communities; written only when first seen, renamed, or when moderators change, each by an atomic
 * update of that one field by {@code _id} (never saved whole), so concurrent changes all stay.
 */
final class MongoCommunityStore implements CommunityStore {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoCommunityStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Community ensure(CommunityRef ref) {
        CommunityDocument doc = mongo.findById(ref.id(), CommunityDocument.class);
        if (doc == null) {
            doc = new CommunityDocument(
                    ref.id(), ref.platform().name(), ref.externalId(), ref.name(), Set.of(), clock.instant());
            try {
                mongo.insert(doc);
            } catch (DuplicateKeyException raced) {
                doc = mongo.findById(ref.id(), CommunityDocument.class);
            }
        } else if (!ref.name().equals(ref.externalId()) && !ref.name().equals(doc.name())) {
            mongo.updateFirst(byId(ref.id()), Update.update("name", ref.name()), CommunityDocument.class);
        }
        return new Community(ref, doc.moderatorIds() == null ? Set.of() : doc.moderatorIds());
    }

    /** {@code $addToSet} by {@code _id}: nothing is modified when the member already was one. */
    @Override
    public boolean addModerator(String communityId, String memberId) {
        return mongo.updateFirst(
                                byId(communityId),
                                new Update().addToSet("moderatorIds", memberId),
                                CommunityDocument.class)
                        .getModifiedCount()
                > 0;
    }

    /** {@code $pull} by {@code _id}: nothing is modified when the member was not one. */
    @Override
    public boolean removeModerator(String communityId, String memberId) {
        return mongo.updateFirst(
                                byId(communityId), new Update().pull("moderatorIds", memberId), CommunityDocument.class)
                        .getModifiedCount()
                > 0;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
