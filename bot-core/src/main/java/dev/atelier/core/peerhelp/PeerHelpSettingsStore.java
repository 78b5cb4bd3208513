package dev.atelier.core.peerhelp;

/** Port: each community's peer-help settings. */
public interface PeerHelpSettingsStore {

    /** The community's settings, or the defaults when it never changed them. */
    PeerHelpSettings of(String communityId);

    /**
     * Sets the parts {@code change} names in one atomic update, leaving the others as stored (or as the
     * defaults), and returns the settings as they are stored now.
     */
    PeerHelpSettings change(String communityId, PeerHelpChange change);
}
