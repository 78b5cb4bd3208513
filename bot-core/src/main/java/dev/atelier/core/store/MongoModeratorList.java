package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.dashboard.ModeratorList;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The community's own moderator list, read from the community document (one indexed lookup by id). */
final class MongoModeratorList implements ModeratorList {

    private final MongoTemplate mongo;

    MongoModeratorList(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean lists(String communityId, String memberId) {
        return mongo.exists(
                query(where("_id").is(communityId).and("moderatorIds").is(memberId)), CommunityDocument.class);
    }
}
