package dev.atelier.core.store;

import dev.atelier.core.rights.DataLink;
import dev.atelier.core.rights.DataLinkStore;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Data-export links; redeeming reads the link by {@code _id} and, if unused and unexpired, marks it used
 * with one {@code findAndModify} on {@code _id} and the version it read (a unique index serves it).
 */
final class MongoDataLinkStore implements DataLinkStore {

    private final MongoTemplate mongo;

    MongoDataLinkStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, DataLinkDocument.class).unique("data_link_version", "_id", "version");
        Migrations.versionFromZero(mongo, DataLinkDocument.class);
    }

    @Override
    public void insert(String tokenHash, DataLink link) {
        mongo.insert(new DataLinkDocument(
                tokenHash, link.communityId(), link.memberId(), link.issuedAt(), link.expiresAt(), null, null));
    }

    @Override
    public Optional<DataLink> redeem(String tokenHash, Instant now) {
        DataLinkDocument d = SingleUseLinks.redeem(mongo, tokenHash, now, DataLinkDocument.class);
        return Optional.ofNullable(d).map(MongoDataLinkStore::link);
    }

    @Override
    public Optional<DataLink> peek(String tokenHash, Instant now) {
        DataLinkDocument d = mongo.findById(tokenHash, DataLinkDocument.class);
        return d == null || d.usedAt() != null || !d.expiresAt().isAfter(now) ? Optional.empty() : Optional.of(link(d));
    }

    private static DataLink link(DataLinkDocument d) {
        return new DataLink(d.communityId(), d.memberId(), d.issuedAt(), d.expiresAt());
    }
}
