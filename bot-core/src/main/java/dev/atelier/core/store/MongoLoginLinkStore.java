package dev.atelier.core.store;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.dashboard.LoginLink;
import dev.atelier.core.dashboard.LoginLinkStore;
import dev.atelier.core.dashboard.Redemption;
import java.time.Instant;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Login links; redeeming reads the link by {@code _id} and, if unused and unexpired, marks it used with
 * one {@code findAndModify} on {@code _id} and the version it read (a unique index serves it).
 */
final class MongoLoginLinkStore implements LoginLinkStore {

    private final MongoTemplate mongo;

    MongoLoginLinkStore(MongoTemplate mongo) {
        this.mongo = mongo;
        StoreIndexes.of(mongo, LoginLinkDocument.class).unique("login_link_version", "_id", "version");
        Migrations.versionFromZero(mongo, LoginLinkDocument.class);
    }

    @Override
    public void insert(String tokenHash, LoginLink l) {
        mongo.insert(new LoginLinkDocument(
                tokenHash,
                l.community().id(),
                l.community().platform().name(),
                l.community().externalId(),
                l.community().name(),
                l.moderator().id(),
                l.moderator().name(),
                l.grant().name(),
                l.issuedAt(),
                l.expiresAt(),
                null,
                null));
    }

    @Override
    public Redemption redeem(String tokenHash, Instant now) {
        LoginLinkDocument d = SingleUseLinks.redeem(mongo, tokenHash, now, LoginLinkDocument.class);
        return d != null ? granted(d) : peek(tokenHash, now);
    }

    @Override
    public Redemption peek(String tokenHash, Instant now) {
        LoginLinkDocument seen = mongo.findById(tokenHash, LoginLinkDocument.class);
        if (seen == null) {
            return new Redemption.Unknown();
        }
        if (seen.usedAt() != null) {
            return new Redemption.Used();
        }
        return seen.expiresAt().isAfter(now) ? granted(seen) : new Redemption.Expired();
    }

    private static Redemption granted(LoginLinkDocument d) {
        return new Redemption.Granted(new LoginLink(
                new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.communityName()),
                new Member(d.memberId(), d.memberName()),
                LoginLink.ModeratorGrant.valueOf(d.grant()),
                d.issuedAt(),
                d.expiresAt()));
    }
}
