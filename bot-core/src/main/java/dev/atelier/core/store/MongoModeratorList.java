package dev.atelier.core.store;

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
        CommunityDocument community = mongo.findById(communityId, CommunityDocument.class);
        return community != null
                && community.moderatorIds() != null
                && community.moderatorIds().contains(memberId);
    }
}
