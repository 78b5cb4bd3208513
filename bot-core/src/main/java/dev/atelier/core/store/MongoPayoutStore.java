package dev.atelier.core.store;

import dev.atelier.core.payout.Payout;
import dev.atelier.core.payout.PayoutStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Pay states and cohort pay settings, each read by {@code _id}, so no other index is needed. */
public final class MongoPayoutStore implements PayoutStore {

    private final MongoTemplate mongo;

    private MongoPayoutStore(MongoTemplate mongo) {
        this.mongo = mongo;
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
                        x.state(),
                        x.approvedBy(),
                        x.approvedAt(),
                        x.paidBy(),
                        x.paidAt(),
                        x.reference()));
    }

    @Override
    public void save(Payout p) {
        mongo.save(new PayoutDocument(
                p.communityId() + "/" + p.internship(),
                p.communityId(),
                p.internship(),
                p.state(),
                p.approvedBy(),
                p.approvedAt(),
                p.paidBy(),
                p.paidAt(),
                p.reference()));
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
