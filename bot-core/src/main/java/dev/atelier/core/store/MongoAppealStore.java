package dev.atelier.core.store;

import dev.atelier.core.appeal.Appeal;
import dev.atelier.core.appeal.AppealOutcome;
import dev.atelier.core.appeal.AppealStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Appeals: one document per contested decision, found by number through a unique index. The open ones
 * of a community are listed in its document in {@value #LISTS} (by {@code _id}); a decided appeal is
 * taken out when a listing meets it (a decision is final). A decision is saved under optimistic locking
 * (the replace on {@code _id} and version is served by a unique index): of two moderators deciding one
 * appeal at once, the second gets {@link ConcurrentChange} and, tried again, finds it decided.
 */
public final class MongoAppealStore implements AppealStore {

    static final String LISTS = "appeal_lists";

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final IdLists lists;

    private MongoAppealStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.sequences = new Sequences(mongo);
        this.lists = new IdLists(mongo, LISTS);
        Migrations.once(mongo, "appeal-lists-1", this::listOpen);
        Migrations.versionFromZero(mongo, AppealDocument.class);
    }

    /** Lists the open appeals stored before communities had a list (once). */
    private void listOpen() {
        try (Stream<AppealDocument> all = PagedStream.of(mongo, new Query(), AppealDocument.class)) {
            all.filter(MongoAppealStore::open).forEach(d -> lists.add(d.communityId(), d.id()));
        }
    }

    private static boolean open(AppealDocument d) {
        return d.outcome() == null || AppealOutcome.SECOND.name().equals(d.outcome());
    }

    public static AppealStore create(MongoTemplate mongo) {
        StoreIndexes.of(mongo, AppealDocument.class)
                .retire("communityId_1_number_1")
                .unique("appeal_identity", "communityId", "number")
                .unique("appeal_version", "_id", "version");
        return new MongoAppealStore(mongo);
    }

    @Override
    public long nextNumber(String communityId) {
        return sequences.next(communityId, "appeal");
    }

    @Override
    public boolean appealed(String communityId, String decision) {
        return mongo.findById(communityId + "/" + decision, AppealDocument.class) != null;
    }

    @Override
    public boolean insert(Appeal a) {
        lists.add(a.communityId(), id(a));
        try {
            mongo.insert(toDocument(a));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void save(Appeal a) {
        try {
            mongo.save(toDocument(a));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange(a.label() + " changed meanwhile", e);
        }
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
        List<String> ids = lists.ids(communityId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AppealDocument> listed =
                mongo.find(Query.query(Criteria.where("_id").in(ids)), AppealDocument.class).stream()
                        .filter(d -> d.communityId().equals(communityId))
                        .toList();
        lists.remove(
                communityId,
                listed.stream().filter(d -> !open(d)).map(AppealDocument::id).toList());
        return listed.stream()
                .filter(MongoAppealStore::open)
                .sorted(Comparator.comparingLong(AppealDocument::number))
                .map(MongoAppealStore::toAppeal)
                .toList();
    }

    private static String id(Appeal a) {
        return a.communityId() + "/" + a.decision();
    }

    private static AppealDocument toDocument(Appeal a) {
        return new AppealDocument(
                id(a),
                a.version(),
                a.communityId(),
                a.number(),
                a.internship(),
                a.milestone(),
                a.decision(),
                a.reason(),
                a.by(),
                a.at(),
                a.outcome() == null ? null : a.outcome().name(),
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
                d.outcome() == null ? null : AppealOutcome.valueOf(d.outcome()),
                d.note(),
                d.decidedBy(),
                d.decidedAt(),
                d.secondReviewer(),
                d.version());
    }
}
