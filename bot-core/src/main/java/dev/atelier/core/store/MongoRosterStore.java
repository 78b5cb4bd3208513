package dev.atelier.core.store;

import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.List;
import java.util.Locale;
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
                .map(d -> new Roster(
                        d.communityId(),
                        d.cohortName(),
                        d.approvalRequired(),
                        orEmpty(d.enrollees()),
                        orEmpty(d.tasks()),
                        d.version()));
    }

    @Override
    public Roster save(Roster r) {
        try {
            RosterDocument d = mongo.save(new RosterDocument(
                    id(r.communityId(), r.cohortName()),
                    r.version(),
                    r.communityId(),
                    r.cohortName(),
                    r.approvalRequired(),
                    r.enrollees(),
                    r.tasks()));
            return new Roster(
                    d.communityId(), d.cohortName(), d.approvalRequired(), d.enrollees(), d.tasks(), d.version());
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange("roster of " + r.cohortName() + " changed meanwhile", e);
        }
    }

    static String id(String communityId, String cohortName) {
        return communityId + "/" + cohortName.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
