package dev.atelier.core.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Projections;
import dev.atelier.core.clock.rhythm.ActiveInternships;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.internship.InternshipStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The clock's reads across communities: the one-time listing of active internships (only their community
 * and number are read, a batch at a time) and a community by {@code _id}.
 */
final class MongoActiveInternships implements ActiveInternships {

    private static final int BATCH = 500;

    private final MongoTemplate mongo;

    MongoActiveInternships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forEachOnce(String name, BiConsumer<CommunityRef, Long> visit) {
        Migrations.once(mongo, name, () -> {
            Map<String, Optional<CommunityRef>> communities = new HashMap<>();
            mongo.getCollection(mongo.getCollectionName(InternshipDocument.class))
                    .find(eq("status", InternshipStatus.ACTIVE.name()))
                    .projection(Projections.include("communityId", "number"))
                    .batchSize(BATCH)
                    .forEach(d -> communities
                            .computeIfAbsent(d.getString("communityId"), this::community)
                            .ifPresent(c -> visit.accept(c, number(d))));
        });
    }

    @Override
    public void forEachActive(String communityId, LongConsumer visit) {
        mongo.getCollection(mongo.getCollectionName(InternshipDocument.class))
                .find(and(eq("communityId", communityId), eq("status", InternshipStatus.ACTIVE.name())))
                .projection(Projections.include("number"))
                .batchSize(BATCH)
                .forEach(d -> visit.accept(number(d)));
    }

    private static Long number(Document d) {
        return ((Number) d.get("number")).longValue();
    }

    @Override
    public Optional<CommunityRef> community(String communityId) {
        CommunityDocument d = mongo.findById(communityId, CommunityDocument.class);
        return d == null
                ? Optional.empty()
                : Optional.of(new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.name()));
    }
}
