package dev.atelier.core.peerhelp;

/** Port: each community's peer-help settings. */
public interface PeerHelpSettingsStore {

    /** The community's settings, or the defaults when it never changed them. */
    PeerHelpSettings of(String communityId);

    void save(PeerHelpSettings settings);
}
