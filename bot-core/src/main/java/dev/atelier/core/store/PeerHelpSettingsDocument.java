package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's peer-help settings; its id is the community id. */
@Document("peer_help_settings")
record PeerHelpSettingsDocument(@Id String id, boolean enabled, int hours, String channelId) {}
