package dev.atelier.core.message;

/** Where a notification goes: a channel (an internship workspace or a cohort channel) or a member's DMs. */
public sealed interface Destination {

    /** A channel, thread or private workspace, by its platform id. */
    record Channel(String channelId) implements Destination {}

    /** A direct message to a member, by their platform user id. */
    record Direct(String memberId) implements Destination {}

    static Destination channel(String channelId) {
        return new Channel(channelId);
    }

    static Destination direct(String memberId) {
        return new Direct(memberId);
    }
}
