package dev.atelier.core.store;

import dev.atelier.core.moderation.ModeratorChannels;
import dev.atelier.core.moderation.ModeratorSightings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Moderators seen acting (one document per member, checked by {@code _id} before the one insert, and
 * the community's list of them in {@value #LISTS}, read by {@code _id} when moderators are told) and
 * the moderators' channel (by {@code _id}).
 */
public final class MongoModeration implements ModeratorSightings, ModeratorChannels {

    static final String LISTS = "moderator_lists";

    private final MongoTemplate mongo;
    private final IdLists lists;

    private MongoModeration(MongoTemplate mongo) {
        this.mongo = mongo;
        this.lists = new IdLists(mongo, LISTS);
    }

    public static MongoModeration create(MongoTemplate mongo) {
        mongo.indexOps(ModeratorSeenDocument.class).createIndex(new Index().on("communityId", Sort.Direction.ASC));
        MongoModeration moderation = new MongoModeration(mongo);
        Migrations.once(mongo, "moderator-lists-1", moderation::listAll);
        return moderation;
    }

    /** Lists the moderators seen before communities had a list (once). */
    private void listAll() {
        try (Stream<ModeratorSeenDocument> all = PagedStream.of(mongo, new Query(), ModeratorSeenDocument.class)) {
            all.forEach(d -> lists.add(d.communityId(), d.memberId()));
        }
    }

    @Override
    public void saw(String communityId, String memberId, Instant at) {
        String id = communityId + "/" + memberId;
        // a find by _id: exists() is a count, which the driver sends as an aggregate the embedded server scans for
        if (mongo.findById(id, ModeratorSeenDocument.class) == null) {
            lists.add(communityId, memberId);
            mongo.save(new ModeratorSeenDocument(id, communityId, memberId, at));
        }
    }

    @Override
    public void forget(String communityId, String memberId) {
        String id = communityId + "/" + memberId;
        if (mongo.findById(id, ModeratorSeenDocument.class) != null) {
            lists.remove(communityId, List.of(memberId));
            mongo.remove(Query.query(Criteria.where("_id").is(id)), ModeratorSeenDocument.class);
        }
    }

    @Override
    public Set<String> seen(String communityId) {
        return new HashSet<>(lists.ids(communityId));
    }

    @Override
    public Optional<String> channel(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, ModeratorChannelDocument.class))
                .map(ModeratorChannelDocument::channelId);
    }

    @Override
    public void set(String communityId, String channelId) {
        mongo.save(new ModeratorChannelDocument(communityId, channelId));
    }
}
