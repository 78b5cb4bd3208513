package dev.atelier.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Message.Metadata;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.outbox.Attempt;
import dev.atelier.core.outbox.Courier;
import dev.atelier.core.outbox.OutboxItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers outbox items with one {@code chat.postMessage} each (after {@code conversations.open} for a
 * DM), never waiting out a rate limit itself: a 429 comes back with its {@code Retry-After}, a 5xx or a
 * network error as an unknown outcome. Each post carries the item's id in its message metadata, so after
 * an unknown outcome {@link #findDelivered} looks for it in the channel's history (or the thread's
 * replies) before the outbox posts again.
 */
final class SlackCourier implements Courier {

    static final String EVENT_TYPE = "atelier_outbox";
    static final String ID_KEY = "outbox_id";
    private static final Set<String> GONE = Set.of(
            "channel_not_found",
            "is_archived",
            "not_in_channel",
            "thread_not_found",
            "message_not_found",
            "invalid_thread_ts");
    private static final Set<String> BLOCKED =
            Set.of("user_not_found", "user_disabled", "cannot_dm_bot", "user_not_visible", "messages_tab_disabled");
    private static final Set<String> TRANSIENT = Set.of(
            "network_error",
            "unreadable_response",
            "internal_error",
            "fatal_error",
            "service_unavailable",
            "request_timeout");
    private static final int HISTORY = 200;

    private final SlackCalls calls;

    SlackCourier(SlackCalls calls) {
        this.calls = calls;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        try {
            String channel = channelOf(item);
            ChatPostMessageResponse posted = calls.callOnce(
                    "chat.postMessage",
                    c -> c.chatPostMessage(r -> r.channel(channel)
                            .threadTs(item.inThread() ? item.thread().threadId() : null)
                            .text(BlockKit.fallback(item.message()))
                            .blocks(BlockKit.blocks(item.message()))
                            .unfurlLinks(false)
                            .metadata(Metadata.builder()
                                    .eventType(EVENT_TYPE)
                                    .eventPayload(Map.of(ID_KEY, item.id()))
                                    .build())));
            return Attempt.delivered(
                    (posted.getChannel() == null ? channel : posted.getChannel()) + "/" + posted.getTs());
        } catch (SlackError e) {
            return classify(item, e);
        }
    }

    /**
     * {@code chat.update} of the message at {@code at} (its channel and ts) with the item's message; the
     * thread under it stays as it is (Slack threads have no name and do not close).
     */
    @Override
    public Attempt edit(OutboxItem item, MessageRef at) {
        try {
            calls.callOnce(
                    "chat.update",
                    c -> c.chatUpdate(r -> r.channel(at.channelId())
                            .ts(at.messageId())
                            .text(BlockKit.fallback(item.message()))
                            .blocks(BlockKit.blocks(item.message()))));
            return Attempt.delivered(at.toString());
        } catch (SlackError e) {
            if ("cant_update_message".equals(e.error()) || "edit_window_closed".equals(e.error())) {
                return Attempt.refused(e.method() + ": " + e.error());
            }
            return classify(item, e);
        }
    }

    /** The message's permalink from {@code chat.getPermalink}; empty when Slack refuses it. */
    @Override
    public Optional<String> linkTo(CommunityRef community, MessageRef at) {
        try {
            return Optional.ofNullable(calls.callOnce(
                            "chat.getPermalink",
                            c -> c.chatGetPermalink(
                                    r -> r.channel(at.channelId()).messageTs(at.messageId())))
                    .getPermalink());
        } catch (SlackError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> findDelivered(OutboxItem item) {
        String channel = channelOf(item);
        String oldest = String.valueOf(item.createdAt().minusSeconds(1).getEpochSecond());
        List<com.slack.api.model.Message> messages = item.inThread()
                ? calls.callOnce(
                                "conversations.replies",
                                c -> c.conversationsReplies(r -> r.channel(channel)
                                        .ts(item.thread().threadId())
                                        .oldest(oldest)
                                        .includeAllMetadata(true)
                                        .limit(HISTORY)))
                        .getMessages()
                : calls.callOnce(
                                "conversations.history",
                                c -> c.conversationsHistory(r -> r.channel(channel)
                                        .oldest(oldest)
                                        .includeAllMetadata(true)
                                        .limit(HISTORY)))
                        .getMessages();
        return messages == null
                ? Optional.empty()
                : messages.stream()
                        .filter(m -> m.getMetadata() != null
                                && EVENT_TYPE.equals(m.getMetadata().getEventType())
                                && m.getMetadata().getEventPayload() != null
                                && item.id()
                                        .equals(String.valueOf(m.getMetadata()
                                                .getEventPayload()
                                                .get(ID_KEY))))
                        .map(m -> channel + "/" + m.getTs())
                        .findFirst();
    }

    private String channelOf(OutboxItem item) {
        if (item.to() instanceof Destination.Direct direct) {
            return calls.callOnce(
                            "conversations.open", c -> c.conversationsOpen(r -> r.users(List.of(direct.memberId()))))
                    .getChannel()
                    .getId();
        }
        return ((Destination.Channel) item.to()).channelId();
    }

    private static Attempt classify(OutboxItem item, SlackError e) {
        if (e.status() == 429 || "ratelimited".equals(e.error())) {
            return Attempt.rateLimited(retryAfter(e.retryAfter()), "rate-limited by Slack");
        }
        if (e.status() >= 500 || TRANSIENT.contains(e.error())) {
            return Attempt.unsure(e.method() + ": " + e.error());
        }
        if (item.to() instanceof Destination.Direct
                && (BLOCKED.contains(e.error()) || "conversations.open".equals(e.method()))) {
            return Attempt.blocked(e.method() + ": " + e.error());
        }
        if (GONE.contains(e.error())) {
            return Attempt.gone(e.method() + ": " + e.error());
        }
        return Attempt.refused(e.method() + ": " + e.error());
    }

    private static Duration retryAfter(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
