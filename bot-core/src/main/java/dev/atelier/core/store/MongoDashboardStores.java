package dev.atelier.core.store;

import dev.atelier.core.dashboard.LoginLinkStore;
import dev.atelier.core.dashboard.ModeratorList;
import java.time.Duration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The dashboard's own stores: login links (with a TTL index) and the moderator list lookup. */
public record MongoDashboardStores(LoginLinkStore loginLinks, ModeratorList moderators) {

    public static MongoDashboardStores create(MongoTemplate mongo) {
        // a real MongoDB deletes login links a day after they expire (the embedded server keeps them)
        mongo.indexOps(LoginLinkDocument.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ofDays(1)));
        return new MongoDashboardStores(new MongoLoginLinkStore(mongo), new MongoModeratorList(mongo));
    }
}
