package dev.atelier.core.store;

import dev.atelier.core.peerhelp.PeerHelpChange;
import dev.atelier.core.peerhelp.PeerHelpSettings;
import dev.atelier.core.peerhelp.PeerHelpSettingsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Peer-help settings, one document per community, read by {@code _id} (many at once by {@code _id $in}, a page
 * at a time); absent means the defaults. A change sets just the parts it names ({@link SettingsUpdate}).
 */
final class MongoPeerHelpSettings implements PeerHelpSettingsStore {

    /** Ids per {@code _id $in} read. */
    static final int PAGE = 500;

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
    public Map<String, PeerHelpSettings> ofAll(Collection<String> communityIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(communityIds));
        Map<String, PeerHelpSettings> all = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
            for (PeerHelpSettingsDocument d :
                    mongo.find(Query.query(Criteria.where("_id").in(page)), PeerHelpSettingsDocument.class)) {
                all.put(d.id(), settings(d.id(), d));
            }
        }
        ids.forEach(id -> all.computeIfAbsent(id, PeerHelpSettings::defaults));
        return all;
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
