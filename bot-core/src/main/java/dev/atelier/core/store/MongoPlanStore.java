package dev.atelier.core.store;

import dev.atelier.core.pairing.PairingPlan;
import dev.atelier.core.pairing.PlanStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Pending pairing plans, one document per cohort, saved under optimistic locking (a unique index serves the {@code _id} and version replace). */
final class MongoPlanStore implements PlanStore {

    private final MongoTemplate mongo;

    MongoPlanStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, PlanDocument.class).unique("plan_version", "_id", "version");
    }

    @Override
    public Optional<PairingPlan> find(String communityId, String cohortName) {
        return Optional.ofNullable(mongo.findById(MongoRosterStore.id(communityId, cohortName), PlanDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(PlanMapper::toPlan);
    }

    @Override
    public PairingPlan save(PairingPlan p) {
        try {
            return PlanMapper.toPlan(mongo.save(PlanMapper.toDocument(p)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("pairing plan of " + p.cohortName() + " changed meanwhile", e);
        }
    }

    @Override
    public void delete(String communityId, String cohortName) {
        // by _id alone (it holds the community id): the embedded server scans for any other filter
        find(communityId, cohortName)
                .ifPresent(p -> mongo.remove(
                        Query.query(Criteria.where("_id").is(MongoRosterStore.id(communityId, cohortName))),
                        PlanDocument.class));
    }
}
