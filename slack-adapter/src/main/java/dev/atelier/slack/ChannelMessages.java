package dev.atelier.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageChannelArchiveEvent;
import com.slack.api.model.event.MessageChannelJoinEvent;
import com.slack.api.model.event.MessageChannelLeaveEvent;
import com.slack.api.model.event.MessageChannelNameEvent;
import com.slack.api.model.event.MessageChannelPurposeEvent;
import com.slack.api.model.event.MessageChannelTopicEvent;
import com.slack.api.model.event.MessageChannelUnarchiveEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageGroupTopicEvent;
import com.slack.api.model.event.MessageMeEvent;
import com.slack.api.model.event.MessageRepliedEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.ObservedMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code message} events in channels the bot is in: hands the core who wrote where (with the
 * {@code thread_ts} of a reply in a thread) and the message's id ({@code channel/ts}), never the
 * text, so it counts workspace and question-thread messages and notices first replies. A message
 * Slack delivers again (a retry with {@code X-Slack-Retry-Num}, or a duplicate) has the same id
 * and is counted once. Counting is one small write, done before the acknowledgement; bots' own
 * messages are skipped.
 */
final class ChannelMessages implements BoltEventHandler<MessageEvent> {

    private final Supplier<AtelierBot> bot;

    ChannelMessages(Supplier<AtelierBot> bot) {
        this.bot = bot;
    }

    /**
     * Counts plain messages and acknowledges the other {@code message} subtypes Slack sends to
     * subscribed channels (joins, edits, deletions, topic changes...), which Bolt would otherwise
     * answer with 404 and Slack retry.
     */
    static void register(App app, Supplier<AtelierBot> bot) {
        ChannelMessages messages = new ChannelMessages(bot);
        app.event(MessageEvent.class, messages);
        app.event(MessageThreadBroadcastEvent.class, (payload, context) -> {
            MessageThreadBroadcastEvent e = payload.getEvent();
            messages.observe(payload.getTeamId(), null, e.getUser(), e.getChannel(), e.getTs(), e.getThreadTs());
            return context.ack();
        });
        List.of(
                        MessageRepliedEvent.class,
                        MessageBotEvent.class,
                        MessageChangedEvent.class,
                        MessageDeletedEvent.class,
                        MessageChannelJoinEvent.class,
                        MessageChannelLeaveEvent.class,
                        MessageChannelTopicEvent.class,
                        MessageGroupTopicEvent.class,
                        MessageChannelPurposeEvent.class,
                        MessageChannelNameEvent.class,
                        MessageChannelArchiveEvent.class,
                        MessageChannelUnarchiveEvent.class,
                        MessageFileShareEvent.class,
                        MessageMeEvent.class)
                .forEach(type -> acknowledge(app, type));
    }

    private static <E extends Event> void acknowledge(App app, Class<E> type) {
        app.event(type, (payload, context) -> context.ack());
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        observe(
                payload.getTeamId(),
                event.getBotId(),
                event.getUser(),
                event.getChannel(),
                event.getTs(),
                event.getThreadTs());
        return context.ack();
    }

    /** A person's message (a reply in a thread when {@code threadTs} names another message) reaches the core. */
    private void observe(String teamId, String botId, String user, String channel, String ts, String threadTs) {
        if (botId != null || user == null || channel == null || ts == null) {
            return;
        }
        String thread = threadTs == null || threadTs.equals(ts) ? null : threadTs;
        bot.get()
                .observe(new ObservedMessage(
                        new CommunityRef(Platform.SLACK, teamId, null),
                        channel,
                        thread,
                        channel + "/" + ts,
                        user,
                        instant(ts)));
    }

    private static Instant instant(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(
                seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
