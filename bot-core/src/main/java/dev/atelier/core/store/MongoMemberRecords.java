package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import dev.atelier.core.rights.Erasure;
import dev.atelier.core.rights.MemberRecords;
import dev.atelier.core.rights.Pseudonym;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A member's records on MongoDB: exported by {@link MongoMemberExport}, erased by {@link MongoMemberErasure}. */
final class MongoMemberRecords implements MemberRecords {

    private final MongoTemplate mongo;
    private final MongoMemberExport export;
    private final MongoMemberErasure erasure;

    MongoMemberRecords(MongoTemplate mongo) {
        this.mongo = mongo;
        this.export = new MongoMemberExport(mongo);
        this.erasure = new MongoMemberErasure(mongo);
    }

    @Override
    public Map<String, List<Object>> export(String communityId, String memberId) {
        return export.export(communityId, memberId);
    }

    @Override
    public List<String> heldCredentials(String communityId, String memberId) {
        List<String> ids = new ArrayList<>();
        mongo.getCollection("internships")
                .find(and(
                        eq("communityId", communityId),
                        eq("intern._id", memberId),
                        exists("completion.credential._id")))
                .forEach(d -> {
                    Document credential = d.get("completion", Document.class).get("credential", Document.class);
                    if (credential.get("revokedAt") == null) {
                        ids.add(credential.getString("_id"));
                    }
                });
        return ids;
    }

    @Override
    public Erasure erase(String communityId, String memberId, Pseudonym pseudonym, ErasureLog log) {
        return erasure.erase(communityId, memberId, pseudonym, log);
    }
}
