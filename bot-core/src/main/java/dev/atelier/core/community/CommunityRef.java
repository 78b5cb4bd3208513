package dev.atelier.core.community;

import java.util.Objects;

/**
 * Identifies one community: a Discord guild or a Slack workspace (team), by its platform id.
 * {@link #id()} is the tenant key every stored document carries.
 */
public record CommunityRef(Platform platform, String externalId, String name) {

    public CommunityRef {
        Objects.requireNonNull(platform, "platform");
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a community needs its platform id");
        }
        name = name == null || name.isBlank() ? externalId : name;
    }

    public String id() {
        return platform.key() + ":" + externalId;
    }
}
