package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.moderation.ModeratorChannels;
import dev.atelier.core.moderation.ModeratorSightings;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Moderators seen acting (one document per member, checked by {@code _id} before the one insert, read
 * by community through an index when moderators are told) and the moderators' channel (by {@code _id}).
 */
public final class MongoModeration implements ModeratorSightings, ModeratorChannels {

    private final MongoTemplate mongo;

    private MongoModeration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static MongoModeration create(MongoTemplate mongo) {
        mongo.indexOps(ModeratorSeenDocument.class).createIndex(new Index().on("communityId", Sort.Direction.ASC));
        return new MongoModeration(mongo);
    }

    @Override
    public void saw(String communityId, String memberId, Instant at) {
        String id = communityId + "/" + memberId;
        if (!mongo.exists(query(where("_id").is(id)), ModeratorSeenDocument.class)) {
            mongo.save(new ModeratorSeenDocument(id, communityId, memberId, at));
        }
    }

    @Override
    public Set<String> seen(String communityId) {
        return mongo.find(query(where("communityId").is(communityId)), ModeratorSeenDocument.class).stream()
                .map(ModeratorSeenDocument::memberId)
                .collect(Collectors.toSet());
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
