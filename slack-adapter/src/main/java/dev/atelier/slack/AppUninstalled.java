package dev.atelier.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled}: the bot token stops working now, so say so loudly in the log (the
 * {@code slack} health turns DOWN at its next check). Stored internships stay; reinstalling the
 * app resumes them.
 */
final class AppUninstalled implements BoltEventHandler<AppUninstalledEvent> {

    private static final Logger log = LoggerFactory.getLogger(AppUninstalled.class);

    @Override
    public Response apply(EventsApiPayload<AppUninstalledEvent> payload, EventContext context) {
        log.warn(
                "Atelier was uninstalled from Slack workspace {} (event {}); Slack messages will fail until it is "
                        + "reinstalled and atelier.slack.bot-token updated",
                LogSafe.text(payload.getTeamId()),
                LogSafe.text(payload.getEventId()));
        return context.ack();
    }
}
