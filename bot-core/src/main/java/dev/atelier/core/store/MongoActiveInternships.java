package dev.atelier.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Streams the active internships of every community with their community, for the clock's sweep. */
final class MongoActiveInternships implements ActiveInternships {

    private final MongoTemplate mongo;

    MongoActiveInternships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forEach(BiConsumer<CommunityRef, Internship> visit) {
        Map<String, CommunityRef> communities = new HashMap<>();
        try (Stream<InternshipDocument> active =
                mongo.stream(query(where("status").is(InternshipStatus.ACTIVE)), InternshipDocument.class)) {
            active.forEach(d -> {
                CommunityRef community = communities.computeIfAbsent(d.communityId(), this::community);
                if (community != null) {
                    visit.accept(community, InternshipMapper.toInternship(d));
                }
            });
        }
    }

    private CommunityRef community(String id) {
        CommunityDocument d = mongo.findById(id, CommunityDocument.class);
        return d == null ? null : new CommunityRef(d.platform(), d.externalId(), d.name());
    }
}
