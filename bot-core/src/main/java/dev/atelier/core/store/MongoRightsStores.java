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
        byCommunityAnd(mongo, "data_links", "memberId");
        // a real MongoDB deletes data links once they expire; the retention round does it on the embedded store
        index(
                mongo,
                "data_links",
                new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
        byCommunityAnd(mongo, "login_links", "memberId");
        byCommunityAnd(mongo, "due_work", "recipient");
        // the daily retention pass: what is older than a cutoff, in the communities of that cutoff or not in them
        byTimeAndCommunity(mongo, "due_work", "dueAt");
        byTimeAndCommunity(mongo, "seen_messages", "seenAt");
        byTimeAndCommunity(mongo, "message_refs", "keptAt");
        byCommunityAnd(mongo, "internships", "intern._id");
        byCommunityAnd(mongo, "checkins", "internId");
        // the check-in history reads answers by _id; retention and erasure delete them by internship
        byCommunityAnd(mongo, "checkin_answers", "internship");
        byCommunityAnd(mongo, "questions", "asker._id");
        byCommunityAnd(mongo, "rosters", "enrollees.member._id");
        byCommunityAnd(mongo, "internship_health", "internship");
        index(mongo, "pairing_plans", new Index().on("communityId", Sort.Direction.ASC));
        byCommunityAnd(mongo, "erasure_log", "at");
        // the retention pass: the check-ins and answers of ended internships
        byCommunityAnd(mongo, "checkins", "internship");
        // export (mydata) and erasure (forget me): the member's records not yet served above
        byCommunityAnd(mongo, "questions", "mentorId");
        byCommunityAnd(mongo, "appeals", "by");
        byCommunityAnd(mongo, "appeals", "decidedBy");
        byCommunityAnd(mongo, "appeals", "secondReviewer");
        byCommunityAnd(mongo, "appeals", "internship");
        byCommunityAnd(mongo, "tasks", "createdBy");
        byCommunityAnd(mongo, "erasure_log", "moderatorId");
        index(
                mongo,
                "outbox",
                new Index()
                        .on("communityId", Sort.Direction.ASC)
                        .on("toKind", Sort.Direction.ASC)
                        .on("toId", Sort.Direction.ASC));
        index(mongo, "command_inbox", new Index().on("lane", Sort.Direction.ASC).on("done", Sort.Direction.ASC));
        MongoRetention retention = new MongoRetention(mongo, AgedOut.PAGE);
        return new MongoRightsStores(
                new MongoMemberRecords(mongo), new MongoDataLinkStore(mongo), retention, retention);
    }

    /** The index of a query by community and {@code field}, the shape of every export and erasure query. */
    private static void byCommunityAnd(MongoTemplate mongo, String collection, String field) {
        index(
                mongo,
                collection,
                new Index().on("communityId", Sort.Direction.ASC).on(field, Sort.Direction.ASC));
    }

    /** The index of a range on {@code time} among the records of some communities (or all but some). */
    private static void byTimeAndCommunity(MongoTemplate mongo, String collection, String time) {
        index(mongo, collection, new Index().on(time, Sort.Direction.ASC).on("communityId", Sort.Direction.ASC));
    }

    private static void index(MongoTemplate mongo, String collection, Index index) {
        mongo.indexOps(collection).createIndex(index);
    }
}
