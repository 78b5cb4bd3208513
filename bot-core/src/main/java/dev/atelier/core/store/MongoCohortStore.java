package dev.atelier.core.store;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.shared.Rejected;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

final class MongoCohortStore implements CohortStore {

    private final MongoTemplate mongo;

    MongoCohortStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, CohortDocument.class)
                .retire("communityId_1")
                .unique("cohort_identity", "communityId", "name")
                .on("communityId", "createdAt");
    }

    @Override
    public void insert(Cohort cohort) {
        try {
            mongo.insert(toDocument(cohort));
        } catch (DuplicateKeyException e) {
            throw new Rejected("A cohort named `" + cohort.name() + "` exists already. Pick another name.");
        }
    }

    @Override
    public void update(Cohort cohort) {
        mongo.save(toDocument(cohort));
    }

    @Override
    public Optional<Cohort> find(String communityId, String name) {
        return Optional.ofNullable(mongo.findById(id(communityId, name), CohortDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoCohortStore::toCohort);
    }

    @Override
    public List<Cohort> list(String communityId) {
        Query query = Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("createdAt"));
        return mongo.find(query, CohortDocument.class).stream()
                .map(MongoCohortStore::toCohort)
                .toList();
    }

    private static String id(String communityId, String name) {
        return communityId + "/" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static CohortDocument toDocument(Cohort c) {
        return new CohortDocument(
                id(c.communityId(), c.name()),
                c.communityId(),
                c.name(),
                c.channelId(),
                c.starts(),
                c.ends(),
                c.status(),
                c.createdBy(),
                c.createdAt());
    }

    private static Cohort toCohort(CohortDocument d) {
        return new Cohort(
                d.communityId(),
                d.name(),
                d.channelId(),
                d.starts(),
                d.ends(),
                d.status(),
                d.createdBy(),
                d.createdAt());
    }
}
