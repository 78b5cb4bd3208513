package dev.atelier.core.store;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStatus;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Rejected;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Cohorts, found by {@code _id} ({@code communityId/lowercased name}); a stale update fails with {@link
 * ConcurrentChange}. A community's cohorts are listed from its document in {@value #LISTS} (by
 * {@code _id}), then read by {@code _id}.
 */
final class MongoCohortStore implements CohortStore {

    static final String LISTS = "cohort_lists";

    private final MongoTemplate mongo;
    private final IdLists lists;

    MongoCohortStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.lists = new IdLists(mongo, LISTS);
        StoreIndexes.of(mongo, CohortDocument.class)
                .retire("communityId_1")
                .unique("cohort_identity", "communityId", "name")
                .unique("cohort_version", "_id", "version")
                .retire("communityId_1_createdAt_1")
                .on("communityId", "createdBy");
        Migrations.versionFromZero(mongo, CohortDocument.class);
        Migrations.once(mongo, "cohort-lists-1", this::listAll);
    }

    /** Lists the cohorts stored before communities had a list (once). */
    private void listAll() {
        try (Stream<CohortDocument> all = PagedStream.of(mongo, new Query(), CohortDocument.class)) {
            all.forEach(d -> lists.add(d.communityId(), d.id()));
        }
    }

    @Override
    public void insert(Cohort cohort) {
        lists.add(cohort.communityId(), id(cohort.communityId(), cohort.name()));
        try {
            mongo.insert(toDocument(cohort));
        } catch (DuplicateKeyException e) {
            throw new Rejected(Text.builder()
                    .plain("A cohort named ")
                    .code(cohort.name())
                    .plain(" exists already. Pick another name.")
                    .build());
        }
    }

    /** Saves the cohort if nobody changed it since it was loaded (its version is the stored one). */
    @Override
    public void update(Cohort cohort) {
        try {
            mongo.save(toDocument(cohort));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange("cohort " + cohort.name() + " changed meanwhile", e);
        }
    }

    @Override
    public Optional<Cohort> find(String communityId, String name) {
        return Optional.ofNullable(mongo.findById(id(communityId, name), CohortDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(MongoCohortStore::toCohort);
    }

    @Override
    public List<Cohort> list(String communityId) {
        List<String> ids = lists.ids(communityId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids));
        return mongo.find(query, CohortDocument.class).stream()
                .filter(d -> d.communityId().equals(communityId))
                .sorted(Comparator.comparing(
                        CohortDocument::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(MongoCohortStore::toCohort)
                .toList();
    }

    private static String id(String communityId, String name) {
        return communityId + "/" + name.strip().toLowerCase(Locale.ROOT);
    }

    private static CohortDocument toDocument(Cohort c) {
        return new CohortDocument(
                id(c.communityId(), c.name()),
                c.version(),
                c.communityId(),
                c.name(),
                c.channelId(),
                c.starts(),
                c.ends(),
                c.status().name(),
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
                CohortStatus.valueOf(d.status()),
                d.createdBy(),
                d.createdAt(),
                d.version());
    }
}
