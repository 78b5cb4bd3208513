package dev.atelier.core.store;

import dev.atelier.core.clock.duework.DueLag;
import dev.atelier.core.inbox.CommandInbox;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The stores behind operations: the command inbox (with the indexes its queries use) and the due-work lag. */
public record MongoOperationsStores(CommandInbox inbox, DueLag dueLag) {

    public static MongoOperationsStores create(MongoTemplate mongo) {
        // a claim reads the pending list and what it names by _id: the oldest-first queries are gone
        StoreIndexes.of(mongo, InboxDocument.class)
                .retire("done_1_ordinal_1")
                .retire("lane_1_done_1_ordinal_1")
                .on("done", "answeredAt");
        StoreIndexes.of(mongo, InboxLaneDocument.class).retire("leaseUntil_1");
        return new MongoOperationsStores(new MongoCommandInbox(mongo), new MongoDueLag(mongo));
    }
}
