package dev.atelier.core.store;

import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.inbox.CommandInbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** The stores behind operations: the command inbox (with the indexes its queries use) and the due-work lag. */
public record MongoOperationsStores(CommandInbox inbox, DueLag dueLag) {

    public static MongoOperationsStores create(MongoTemplate mongo) {
        mongo.indexOps(InboxDocument.class)
                .createIndex(new Index().on("done", Sort.Direction.ASC).on("ordinal", Sort.Direction.ASC));
        mongo.indexOps(InboxDocument.class)
                .createIndex(new Index()
                        .on("lane", Sort.Direction.ASC)
                        .on("done", Sort.Direction.ASC)
                        .on("ordinal", Sort.Direction.ASC));
        mongo.indexOps(InboxDocument.class)
                .createIndex(new Index().on("done", Sort.Direction.ASC).on("answeredAt", Sort.Direction.ASC));
        mongo.indexOps(InboxLaneDocument.class).createIndex(new Index().on("leaseUntil", Sort.Direction.ASC));
        return new MongoOperationsStores(new MongoCommandInbox(mongo), new MongoDueLag(mongo));
    }
}
