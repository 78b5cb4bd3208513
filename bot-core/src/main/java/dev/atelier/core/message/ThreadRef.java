package dev.atelier.core.message;

/**
 * A thread the bot opened on a platform. {@code channelId} is the channel the thread lives in
 * (Discord: the parent channel; Slack: the channel of the parent message), {@code threadId} what
 * identifies the thread there (Discord: the thread channel's id; Slack: the parent message's
 * {@code ts}), {@code link} a URL people can open (may be null).
 */
public record ThreadRef(String channelId, String threadId, String link) {}
