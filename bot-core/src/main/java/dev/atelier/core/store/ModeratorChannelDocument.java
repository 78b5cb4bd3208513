package dev.atelier.core.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The channel a community's moderators get their notices in; its id is the community id. */
@Document("moderator_channels")
record ModeratorChannelDocument(@Id String id, String channelId) {}
