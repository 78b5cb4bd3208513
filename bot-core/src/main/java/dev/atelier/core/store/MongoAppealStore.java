package dev.atelier.core.store;

import dev.atelier.core.appeal.Appeal;
import dev.atelier.core.appeal.AppealOutcome;
import dev.atelier.core.appeal.AppealStore;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Appeals: one document per contested decision, found by number through a unique index. */
public final class MongoAppealStore implements AppealStore {

    private final MongoTemplate mongo;
    private final Sequences sequences;

    private MongoAppealStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.sequences = new Sequences(mongo);
    }

    public static AppealStore create(MongoTemplate mongo) {
        mongo.indexOps(AppealDocument.class)
                .createIndex(new Index()
                        .on("communityId", Sort.Direction.ASC)
                        .on("number", Sort.Direction.ASC)
                        .unique());
        return new MongoAppealStore(mongo);
    }

    @Override
    public long nextNumber(String communityId) {
        return sequences.next(communityId, "appeal");
    }

    @Override
    public boolean insert(Appeal a) {
        try {
            mongo.insert(toDocument(a));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(Appeal a) {
        mongo.save(toDocument(a));
    }

    @Override
    public Optional<Appeal> find(String communityId, long number) {
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("communityId")
                                .is(communityId)
                                .and("number")
                                .is(number)),
                        AppealDocument.class))
                .map(MongoAppealStore::toAppeal);
    }

    @Override
    public List<Appeal> open(String communityId) {
        return mongo
                .find(
                        Query.query(Criteria.where("communityId")
                                        .is(communityId)
                                        .orOperator(
                                                Criteria.where("outcome").is(null),
                                                Criteria.where("outcome").is(AppealOutcome.SECOND)))
                                .with(Sort.by("number")),
                        AppealDocument.class)
                .stream()
                .map(MongoAppealStore::toAppeal)
                .toList();
    }

    private static AppealDocument toDocument(Appeal a) {
        return new AppealDocument(
                a.communityId() + "/" + a.decision(),
                a.communityId(),
                a.number(),
                a.internship(),
                a.milestone(),
                a.decision(),
                a.reason(),
                a.by(),
                a.at(),
                a.outcome(),
                a.note(),
                a.decidedBy(),
                a.decidedAt(),
                a.secondReviewer());
    }

    private static Appeal toAppeal(AppealDocument d) {
        return new Appeal(
                d.communityId(),
                d.number(),
                d.internship(),
                d.milestone(),
                d.decision(),
                d.reason(),
                d.by(),
                d.at(),
                d.outcome(),
                d.note(),
                d.decidedBy(),
                d.decidedAt(),
                d.secondReviewer());
    }
}
