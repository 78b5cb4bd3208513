package dev.atelier.core.store;

import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Cohort rosters, one document per cohort, saved under optimistic locking (a unique index serves the {@code _id} and version replace). */
final class MongoRosterStore implements RosterStore {

    private final MongoTemplate mongo;

    MongoRosterStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, RosterDocument.class).unique("roster_version", "_id", "version");
    }

    @Override
    public Optional<Roster> find(String communityId, String cohortName) {
        return Optional.ofNullable(mongo.findById(id(communityId, cohortName), RosterDocument.class))
                .filter(d -> d.communityId().equals(communityId))
                .map(RosterMapper::toRoster);
    }

    @Override
    public Roster save(Roster r) {
        try {
            return RosterMapper.toRoster(mongo.save(RosterMapper.toDocument(r)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("roster of " + r.cohortName() + " changed meanwhile", e);
        }
    }

    static String id(String communityId, String cohortName) {
        return RosterMapper.id(communityId, cohortName);
    }
}
