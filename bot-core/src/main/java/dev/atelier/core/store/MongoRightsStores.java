package dev.atelier.core.store;

import dev.atelier.core.rights.DataLinkStore;
import dev.atelier.core.rights.MemberRecords;
import dev.atelier.core.rights.RetentionSettings;
import dev.atelier.core.rights.RetentionStore;
import java.time.Duration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The member-rights stores (exports, erasure, retention, data links) with the indexes their queries
 * use on a real MongoDB. Erasure and retention are rare, so the embedded server's scans are fine.
 */
public record MongoRightsStores(
        MemberRecords records, DataLinkStore dataLinks, RetentionStore retention, RetentionSettings retentionSettings) {

    public static MongoRightsStores create(MongoTemplate mongo) {
        index(
                mongo,
                "data_links",
                new Index().on("communityId", Sort.Direction.ASC).on("memberId", Sort.Direction.ASC));
        // a real MongoDB deletes data links once they expire; the retention round does it on the embedded store
        index(
                mongo,
                "data_links",
                new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
        index(
                mongo,
                "login_links",
                new Index().on("communityId", Sort.Direction.ASC).on("memberId", Sort.Direction.ASC));
        index(
                mongo,
                "due_work",
                new Index().on("communityId", Sort.Direction.ASC).on("recipient", Sort.Direction.ASC));
        index(
                mongo,
                "due_work",
                new Index().on("communityId", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
        index(
                mongo,
                "seen_messages",
                new Index().on("communityId", Sort.Direction.ASC).on("seenAt", Sort.Direction.ASC));
        index(
                mongo,
                "internships",
                new Index().on("communityId", Sort.Direction.ASC).on("intern._id", Sort.Direction.ASC));
        index(
                mongo,
                "checkins",
                new Index().on("communityId", Sort.Direction.ASC).on("internId", Sort.Direction.ASC));
        index(
                mongo,
                "questions",
                new Index().on("communityId", Sort.Direction.ASC).on("asker._id", Sort.Direction.ASC));
        index(
                mongo,
                "rosters",
                new Index().on("communityId", Sort.Direction.ASC).on("enrollees.member._id", Sort.Direction.ASC));
        index(
                mongo,
                "internship_health",
                new Index().on("communityId", Sort.Direction.ASC).on("internship", Sort.Direction.ASC));
        index(mongo, "pairing_plans", new Index().on("communityId", Sort.Direction.ASC));
        index(
                mongo,
                "erasure_log",
                new Index().on("communityId", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
        MongoRetention retention = new MongoRetention(mongo);
        return new MongoRightsStores(
                new MongoMemberRecords(mongo), new MongoDataLinkStore(mongo), retention, retention);
    }

    private static void index(MongoTemplate mongo, String collection, Index index) {
        mongo.indexOps(collection).createIndex(index);
    }
}
