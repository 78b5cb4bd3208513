package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads every record about one member of a community, by collection, for {@code mydata}. */
final class MongoMemberExport {

    private final MongoTemplate mongo;

    MongoMemberExport(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Map<String, List<Object>> export(String c, String m) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        put(out, "profiles", find("profiles", eq("_id", c + "/" + m)), d -> d);
        put(
                out,
                "communities",
                find("communities", and(eq("_id", c), eq("moderatorIds", m))),
                d -> new Document("moderator", true));
        put(
                out,
                "rosters",
                find("rosters", and(eq("communityId", c), eq("enrollees.member._id", m))),
                d -> new Document("cohortName", d.get("cohortName")).append("enrollees", only(d.get("enrollees"), m)));
        put(out, "pairing_plans", planEntries(c, m), d -> d);
        List<Document> internships = find("internships", and(eq("communityId", c), eq("memberIds", m)));
        put(out, "internships", internships, d -> withoutOthersRating(d, m));
        List<Long> numbers = internships.stream()
                .map(d -> ((Number) d.get("number")).longValue())
                .toList();
        List<Long> asIntern = internships.stream()
                .filter(d -> m.equals(idOf(d.get("intern"))))
                .map(d -> ((Number) d.get("number")).longValue())
                .toList();
        put(out, "checkins", find("checkins", and(eq("communityId", c), eq("internId", m))), d -> d);
        put(
                out,
                "checkin_answers",
                find("checkin_answers", and(eq("communityId", c), in("internship", asIntern))),
                d -> d);
        put(out, "message_counts", find("message_counts", in("_id", ids(c, numbers))), d -> d);
        put(
                out,
                "internship_health",
                find("internship_health", and(eq("communityId", c), in("internship", numbers))),
                d -> d);
        List<Document> questions =
                find("questions", and(eq("communityId", c), or(eq("asker._id", m), eq("mentorId", m))));
        put(out, "questions", questions, d -> d);
        put(
                out,
                "question_message_counts",
                find(
                        "question_message_counts",
                        in(
                                "_id",
                                ids(
                                        c,
                                        questions.stream()
                                                .map(d -> ((Number) d.get("number")).longValue())
                                                .toList()))),
                d -> d);
        put(out, "due_work", find("due_work", and(eq("communityId", c), eq("recipient", m))), d -> d);
        put(
                out,
                MongoDueWork.SEGMENTS,
                find(MongoDueWork.SEGMENTS, and(eq("communityId", c), eq("items.recipient", m))),
                d -> new Document("bucket", d.get("bucket"))
                        .append(
                                "items",
                                d.getList("items", Document.class).stream()
                                        .filter(i -> m.equals(i.get("recipient")))
                                        .toList()));
        put(out, "login_links", find("login_links", and(eq("communityId", c), eq("memberId", m))), this::withoutId);
        put(out, "cohorts", find("cohorts", and(eq("communityId", c), eq("createdBy", m))), d -> d);
        put(out, "tasks", find("tasks", and(eq("communityId", c), eq("createdBy", m))), d -> d);
        put(
                out,
                MemberCollections.DATA_LINKS,
                find(MemberCollections.DATA_LINKS, and(eq("communityId", c), eq("memberId", m))),
                this::withoutId);
        put(
                out,
                "appeals",
                find(
                        "appeals",
                        and(
                                eq("communityId", c),
                                or(
                                        eq("by", m),
                                        eq("decidedBy", m),
                                        eq("secondReviewer", m),
                                        in("internship", numbers)))),
                d -> d);
        put(out, "away", find("away", eq("_id", c + "/" + m)), this::withoutId);
        put(out, "moderators_seen", find("moderators_seen", eq("_id", c + "/" + m)), this::withoutId);
        put(
                out,
                MongoModeration.LISTS,
                find(MongoModeration.LISTS, and(eq("_id", c), eq(IdLists.IDS, m))),
                d -> new Document("listedAsModeratorSeenActing", true));
        put(out, "payouts", find("payouts", in("_id", ids(c, numbers))), d -> d);
        put(out, "credential_recipients", find("credential_recipients", eq("_id", c + "/" + m)), this::withoutId);
        put(
                out,
                "outbox",
                find("outbox", eq("communityId", c)).stream()
                        .filter(d -> m.equals(d.get("toId")) || d.toJson().contains(m))
                        .toList(),
                d -> new Document("to", m.equals(d.get("toId")) ? "you (direct message)" : "a channel")
                        .append("message", d.get("content") != null ? d.get("content") : d.get("message"))
                        .append("createdAt", d.get("createdAt"))
                        .append("state", d.get("state")));
        put(out, "command_inbox", find("command_inbox", eq("lane", c + "/" + m)), this::withoutId);
        put(
                out,
                MemberCollections.ERASURE_LOG,
                find(MemberCollections.ERASURE_LOG, and(eq("communityId", c), eq("moderatorId", m))),
                this::withoutId);
        return out;
    }

    /** The pairs and left-outs of pending plans that name the member, with whether they were asked and answered. */
    private List<Document> planEntries(String c, String m) {
        List<Document> entries = new ArrayList<>();
        for (Document plan : find("pairing_plans", eq("communityId", c))) {
            if (!BsonValues.mentions(plan, m)) {
                continue;
            }
            Document entry = new Document("cohortName", plan.get("cohortName"))
                    .append("pairs", only(plan.get("pairs"), m))
                    .append("leftOut", only(plan.get("leftOut"), m));
            for (String list : List.of("asked", "accepted", "declined", "alreadyPaired")) {
                entry.append(list, only(plan.get(list), m));
            }
            entries.add(entry);
        }
        return entries;
    }

    /** A mentor does not see the intern's rating of the mentorship: only moderators do. */
    private static Document withoutOthersRating(Document internship, String m) {
        if (!m.equals(idOf(internship.get("intern"))) && internship.get("completion") instanceof Document completion) {
            Document copy = new Document(internship);
            copy.put("completion", new Document(completion).append("rating", null));
            return copy;
        }
        return internship;
    }

    private Document withoutId(Document d) {
        Document copy = new Document(d);
        copy.remove("_id");
        return copy;
    }

    private static List<Object> only(Object list, String m) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        return items.stream()
                .filter(item -> BsonValues.mentions(item, m))
                .map(BsonValues::plain)
                .toList();
    }

    private static String idOf(Object member) {
        return member instanceof Document d ? d.getString("_id") : null;
    }

    private static List<String> ids(String c, List<Long> numbers) {
        return numbers.stream().map(n -> c + "/" + n).toList();
    }

    private List<Document> find(String collection, Bson filter) {
        return mongo.getCollection(collection).find(filter).into(new ArrayList<>());
    }

    private static void put(
            Map<String, List<Object>> out, String collection, List<Document> docs, Function<Document, Document> shown) {
        out.put(collection, docs.stream().map(shown).map(BsonValues::plain).toList());
    }
}
