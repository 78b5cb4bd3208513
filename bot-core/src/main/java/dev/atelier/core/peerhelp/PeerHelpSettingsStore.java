package dev.atelier.core.peerhelp;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Port: each community's peer-help settings. */
public interface PeerHelpSettingsStore {

    /** The community's settings, or the defaults when it never changed them. */
    PeerHelpSettings of(String communityId);

    /** The settings of each of these communities, read together (the defaults for those that never changed them). */
    default Map<String, PeerHelpSettings> ofAll(Collection<String> communityIds) {
        Map<String, PeerHelpSettings> all = new HashMap<>();
        communityIds.forEach(id -> all.put(id, of(id)));
        return all;
    }

    /**
     * Sets the parts {@code change} names in one atomic update, leaving the others as stored (or as the
     * defaults), and returns the settings as they are stored now.
     */
    PeerHelpSettings change(String communityId, PeerHelpChange change);
}
