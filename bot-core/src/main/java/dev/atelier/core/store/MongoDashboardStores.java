package dev.atelier.core.store;

import dev.atelier.core.dashboard.LoginLinkStore;
import dev.atelier.core.dashboard.ModeratorList;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The dashboard's own stores: login links and the moderator list lookup. */
public record MongoDashboardStores(LoginLinkStore loginLinks, ModeratorList moderators) {

    public static MongoDashboardStores create(MongoTemplate mongo) {
        return new MongoDashboardStores(new MongoLoginLinkStore(mongo), new MongoModeratorList(mongo));
    }
}
