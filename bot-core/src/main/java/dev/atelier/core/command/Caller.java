package dev.atelier.core.command;

import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;

/** Who acts, in which community, and from which channel (may be null, e.g. in a DM or the console). */
public record Caller(CommunityRef community, Actor actor, String channelId) {}
