package dev.atelier.core.store;

import dev.atelier.core.peerhelp.PeerHelpChange;
import dev.atelier.core.peerhelp.PeerHelpSettings;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Peer-help settings, one document per community, read by {@code _id}; absent means the defaults. A change
 * sets just the parts it names ({@link SettingsUpdate}).
 */
final class MongoPeerHelpSettings implements PeerHelpSettingsStore {

    private final MongoTemplate mongo;

    MongoPeerHelpSettings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PeerHelpSettings of(String communityId) {
        PeerHelpSettingsDocument d = mongo.findById(communityId, PeerHelpSettingsDocument.class);
        return d == null ? PeerHelpSettings.defaults(communityId) : settings(communityId, d);
    }

    @Override
    public PeerHelpSettings change(String communityId, PeerHelpChange c) {
        PeerHelpSettings d = PeerHelpSettings.defaults(communityId);
        return settings(
                communityId,
                new SettingsUpdate()
                        .field("enabled", c.enabled(), d.enabled())
                        .field("hours", c.hours(), d.hours())
                        .field("channelId", c.channelId(), d.channelId())
                        .apply(mongo, communityId, PeerHelpSettingsDocument.class));
    }

    private static PeerHelpSettings settings(String communityId, PeerHelpSettingsDocument d) {
        return new PeerHelpSettings(communityId, d.enabled(), d.hours(), d.channelId());
    }
}
