package dev.atelier.core.store;

import dev.atelier.core.peerhelp.PeerHelpSettings;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Peer-help settings, one document per community; absent means the defaults. */
final class MongoPeerHelpSettings implements PeerHelpSettingsStore {

    private final MongoTemplate mongo;

    MongoPeerHelpSettings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public PeerHelpSettings of(String communityId) {
        PeerHelpSettingsDocument d = mongo.findById(communityId, PeerHelpSettingsDocument.class);
        return d == null
                ? PeerHelpSettings.defaults(communityId)
                : new PeerHelpSettings(communityId, d.enabled(), d.hours(), d.channelId());
    }

    @Override
    public void save(PeerHelpSettings s) {
        mongo.save(new PeerHelpSettingsDocument(s.communityId(), s.enabled(), s.hours(), s.channelId()));
    }
}
