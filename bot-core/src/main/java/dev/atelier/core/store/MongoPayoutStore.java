package dev.atelier.core.store;

import dev.atelier.core.payout.PayState;
import dev.atelier.core.payout.Payout;
import dev.atelier.core.payout.PayoutStore;
import dev.atelier.core.shared.ConcurrentChange;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Pay states and cohort pay settings, each read by {@code _id}; a pay state changes only over the state it leaves. */
public final class MongoPayoutStore implements PayoutStore {

    private final MongoTemplate mongo;

    private MongoPayoutStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, PayoutDocument.class).unique("payout_state", "_id", "state");
    }

    public static PayoutStore create(MongoTemplate mongo) {
        return new MongoPayoutStore(mongo);
    }

    @Override
    public Optional<Payout> find(String communityId, long internship) {
        PayoutDocument d = mongo.findById(communityId + "/" + internship, PayoutDocument.class);
        return Optional.ofNullable(d)
                .filter(x -> x.communityId().equals(communityId))
                .map(x -> new Payout(
                        x.communityId(),
                        x.internship(),
                        PayState.valueOf(x.state()),
                        x.approvedBy(),
                        x.approvedAt(),
                        x.paidBy(),
                        x.paidAt(),
                        x.reference()));
    }

    /**
     * Pending is written as is; approved and paid are transitions, each written only over the state it
     * leaves ({@code _id} and state, a unique index serves it): of two moderators approving or paying at
     * once, the second gets {@link ConcurrentChange} instead of writing over the first.
     */
    @Override
    public void save(Payout p) {
        PayoutDocument d = new PayoutDocument(
                p.communityId() + "/" + p.internship(),
                p.communityId(),
                p.internship(),
                p.state().name(),
                p.approvedBy(),
                p.approvedAt(),
                p.paidBy(),
                p.paidAt(),
                p.reference());
        if (p.state() == PayState.PENDING) {
            mongo.save(d);
            return;
        }
        PayState leaves = p.state() == PayState.PAID ? PayState.APPROVED : PayState.PENDING;
        Query over = Query.query(Criteria.where("_id").is(d.id()).and("state").is(leaves.name()));
        if (mongo.findAndReplace(over, d) != null) {
            return;
        }
        if (leaves == PayState.PENDING) {
            try {
                mongo.insert(d);
                return;
            } catch (DuplicateKeyException approvedMeanwhile) {
                throw new ConcurrentChange(
                        "the pay of internship #" + p.internship() + " changed meanwhile", approvedMeanwhile);
            }
        }
        throw new ConcurrentChange("the pay of internship #" + p.internship() + " changed meanwhile", null);
    }

    @Override
    public boolean milestoneSplit(String communityId, String cohortName) {
        PaySettingDocument d = mongo.findById(key(communityId, cohortName), PaySettingDocument.class);
        return d != null && d.milestoneSplit();
    }

    @Override
    public void setMilestoneSplit(String communityId, String cohortName, boolean on) {
        mongo.save(new PaySettingDocument(key(communityId, cohortName), communityId, cohortName, on));
    }

    private static String key(String communityId, String cohortName) {
        return communityId + "/" + cohortName.toLowerCase(Locale.ROOT);
    }
}
