package dev.atelier.core.moderation;

import java.util.Optional;

/** Port: the channel where a community's moderators want their notices, when they set one. */
public interface ModeratorChannels {

    Optional<String> channel(String communityId);

    void set(String communityId, String channelId);
}
